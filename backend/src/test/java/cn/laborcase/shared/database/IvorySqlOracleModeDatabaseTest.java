package cn.laborcase.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IvorySqlOracleModeDatabaseTest {

    @Test
    void quotesSoThatTheServersCaseInterchangeGivesTheNameBack() {
        assertThat(IvorySqlOracleModeDatabase.interchange("public")).isEqualTo("PUBLIC");
        assertThat(IvorySqlOracleModeDatabase.interchange("flyway_schema_history"))
                .isEqualTo("FLYWAY_SCHEMA_HISTORY");
        assertThat(IvorySqlOracleModeDatabase.interchange("ACT_GE_PROPERTY")).isEqualTo("act_ge_property");
        assertThat(IvorySqlOracleModeDatabase.interchange("MixedCase")).isEqualTo("MixedCase");
        assertThat(IvorySqlOracleModeDatabase.interchange("v1_2")).isEqualTo("V1_2");
    }
}
