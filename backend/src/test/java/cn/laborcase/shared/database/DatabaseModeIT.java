package cn.laborcase.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.laborcase.support.IntegrationTest;
import java.time.OffsetDateTime;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suite runs where CI says it runs: in IvorySQL's Oracle-compatible mode with that mode's defaults, with the
 * session settings of {@link OracleModeSessions} (docs/operations.md), or on PostgreSQL. Without this, a run meant
 * for the Oracle port could pass on the wrong port and prove nothing.
 */
@IntegrationTest
class DatabaseModeIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SqlSessionFactory mybatis;

    @Test
    void runsInTheModeTheRunAskedFor() {
        String expected = System.getenv("LABORCASE_EXPECT_DB_MODE");
        assumeThat(expected).as("LABORCASE_EXPECT_DB_MODE").isNotBlank();
        String mode = setting("ivorysql.compatible_mode");
        if (expected.equals("oracle")) {
            assertThat(mode).isEqualTo("oracle");
            // the cluster's defaults, not tuned for us
            assertThat(setting("ivorysql.identifier_case_switch")).isEqualTo("interchange");
            assertThat(setting("ivorysql.enable_emptystring_to_NULL")).isEqualTo("on");
            assertThat(jdbc.queryForObject("select coalesce('', 'null')", String.class))
                    .isEqualTo("null");
            // ours, on every pooled connection
            assertThat(setting("nls_length_semantics")).isEqualTo("char");
            assertThat(setting("ivorysql.datetime_ignore_nls_mask")).isEqualTo("15");
            assertThat(setting("nls_date_format")).isEqualTo("YYYY-MM-DD");
            assertThat(mybatis.getConfiguration().getDatabaseId()).isEqualTo("ivorysql-oracle");
        } else {
            assertThat(mode).isIn(null, "pg");
            assertThat(mybatis.getConfiguration().getDatabaseId()).isEqualTo("postgresql");
        }
    }

    @Test
    void keepsChineseTextAsLongAsTheColumnInCharactersInOurTablesAndTheEngines() {
        // varchar(50) in Oracle mode counts bytes unless the table was created with character semantics
        String fifty = "劳".repeat(50);
        String threeHundred = "动".repeat(300);
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    "insert into audit_entry (occurred_at, actor, action, target_type, summary) values (?, ?, ?, ?, ?)",
                    OffsetDateTime.now(cn.laborcase.support.TestClock.get()),
                    fifty,
                    "LENGTH_CHECK",
                    "TEST",
                    "劳".repeat(500));
            jdbc.update(
                    "insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values (?, ?, 1)", "length.check", threeHundred);
            assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'LENGTH_CHECK'", String.class))
                    .isEqualTo(fifty);
            assertThat(jdbc.queryForObject(
                            "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'length.check'", String.class))
                    .isEqualTo(threeHundred);
            status.setRollbackOnly();
        });
    }

    private String setting(String name) {
        return jdbc.queryForObject("select current_setting(?, true)", String.class, name);
    }
}
