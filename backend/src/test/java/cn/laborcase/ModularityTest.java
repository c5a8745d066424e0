package cn.laborcase;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries of docs/architecture.md: no cycles, no reaching into another module's internals. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(LaborCaseApplication.class).verify();
    }
}
