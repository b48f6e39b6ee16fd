/** Date and time expressions, resolved to ISO 8601 against the publication date. */
package dev.herald.dates;
