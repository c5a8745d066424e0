package cn.laborcase.workflow.engine;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway. Camunda's starter declares no dependency on database initialisation, so
 * on a fresh database the engine could create its ACT_* tables first and the next start would fail with "non-empty
 * schema but no schema history table".
 */
class EngineAfterFlywayDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    EngineAfterFlywayDetector() {}

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }
}
