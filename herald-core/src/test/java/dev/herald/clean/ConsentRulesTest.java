package dev.herald.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "We use your sign-up data to send you the emails you asked for. Opt out whenever you wish.",
            "Unsubscribe now? You can unsubscribe from these alerts whenever you want.",
            "We use cookies to give you the best experience on our website.",
            "This site uses cookies. Find out more in our cookie policy.",
            "By clicking Accept all, you agree to the storing of cookies on your device.",
            "By signing up, you consent to our terms of use.",
            "Sign up to our free morning newsletter",
            "Sign up for FREE",
            "Subscribe to the Evening Briefing",
            "Want more stories like this? Sign up for our free daily newsletter.",
            "Invalid email",
            "Enter your email address",
            "Thank you for subscribing!",
            "Manage cookie preferences",
            "Accept all cookies",
            "Reject all",
    })
    void consent_and_sign_up_notices_are_removed_as_consent(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("consent");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Shoppers were asked whether they would accept cookies on websites, the survey found.",
            "The regulator said users should be able to unsubscribe from marketing emails with one click.",
            "More than 2,000 people signed up to volunteer within a day of the appeal.",
            "She said she would sign up for the army if she were younger.",
            "Ministers want to register every dog in the country by 2024.",
            "The cookie policy of the European Union was criticised by small businesses.",
    })
    void sentences_about_cookies_or_signing_up_stay_in_the_body(String line) {
        assertThat(Probe.kindInBody(line)).isEqualTo("body");
    }
}
