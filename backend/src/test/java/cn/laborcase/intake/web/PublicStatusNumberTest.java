package cn.laborcase.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicStatusNumberTest {

    /** The number is printed with 〔〕; people type （）or () on a phone. */
    @Test
    void acceptsTheNumberWithAnyOfTheBracketsPeopleType() {
        assertThat(PublicStatusController.canonicalNumber("东湖投诉〔2026〕4号")).isEqualTo("东湖投诉〔2026〕4号");
        assertThat(PublicStatusController.canonicalNumber("东湖投诉（2026）4号")).isEqualTo("东湖投诉〔2026〕4号");
        assertThat(PublicStatusController.canonicalNumber(" 东湖投诉(2026)4号 ")).isEqualTo("东湖投诉〔2026〕4号");
        assertThat(PublicStatusController.canonicalNumber("东湖投诉[2026]4号")).isEqualTo("东湖投诉〔2026〕4号");
    }
}
