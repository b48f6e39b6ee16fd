/**
 * Actors: NER mentions grouped into one entity per real-world actor, with a canonical name, type
 * and country.
 */
package dev.herald.entities;
