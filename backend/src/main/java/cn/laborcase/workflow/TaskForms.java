package cn.laborcase.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.TaskFormData;
import org.springframework.stereotype.Component;

/** The Camunda Form of an open task ({@code camunda:formRef}), read from the engine's deployment. */
@Component
class TaskForms {

    private final FormService formService;
    private final CamundaFormParser parser;

    TaskForms(FormService formService, ObjectMapper json) {
        this.formService = formService;
        this.parser = new CamundaFormParser(json);
    }

    /** The task's form; empty when the task has none. The engine task must exist (the task is open). */
    Optional<TaskForm> of(String taskId) {
        TaskFormData data = formService.getTaskFormData(taskId);
        if (data.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        try (InputStream in = formService.getDeployedTaskForm(taskId)) {
            return Optional.of(parser.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
