package cn.laborcase.workflow;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The delegate of the test process {@code operations-failing-job-test}: fails for the business keys a test marks as
 * failing, succeeds otherwise. Keyed by business key so that tests running side by side do not disturb each other.
 */
@Component("failingTestDelegate")
public class FailingTestDelegate implements JavaDelegate {

    static final String MESSAGE = "测试用故障：外部系统无响应";
    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

    static void failFor(String businessKey) {
        FAILING.add(businessKey);
    }

    static void succeedFor(String businessKey) {
        FAILING.remove(businessKey);
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (FAILING.contains(execution.getProcessBusinessKey())) {
            throw new IllegalStateException(MESSAGE + "\n第二行不应出现在列表中");
        }
    }
}
