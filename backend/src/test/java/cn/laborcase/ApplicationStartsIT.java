package cn.laborcase;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartsIT {

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deploysProcessesAndFormsAndLoadsDemoData() {
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("employer-registry-review")
                        .count())
                .isPositive();
        assertThat(repository.createDeploymentQuery().list())
                .flatExtracting(d -> repository.getDeploymentResourceNames(d.getId()))
                .anyMatch(name -> name.endsWith("employer-registry-verify.form"));
        assertThat(jdbc.queryForObject("select count(*) from employer", Long.class))
                .isGreaterThanOrEqualTo(40);
        assertThat(jdbc.queryForObject("select count(*) from wf_task where status = 'OPEN'", Long.class))
                .isGreaterThanOrEqualTo(6);
    }
}
