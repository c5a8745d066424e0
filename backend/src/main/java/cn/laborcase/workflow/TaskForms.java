package cn.laborcase.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.TaskFormData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The Camunda Form of an open task ({@code camunda:formRef}), read from the engine's deployment. */
@Component
class TaskForms {

    private final FormService formService;
    private final CamundaFormParser parser;
    // looked up when a form needs it: the modules' option sources use the inbox themselves
    private final ObjectProvider<TaskFormOptions> options;

    TaskForms(FormService formService, ObjectMapper json, ObjectProvider<TaskFormOptions> options) {
        this.formService = formService;
        this.parser = new CamundaFormParser(json);
        this.options = options;
    }

    /**
     * The task's form, with the choices of its {@code valuesKey} selects for this task; empty when the task has none.
     * The engine task must exist (the task is open).
     */
    Optional<TaskForm> of(TaskView task) {
        TaskFormData data = formService.getTaskFormData(task.id());
        if (data.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        TaskForm form;
        try (InputStream in = formService.getDeployedTaskForm(task.id())) {
            form = parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new TaskForm(
                form.id(),
                form.fields().stream()
                        .map(f -> f.valuesKey() == null
                                ? f
                                : f.withOptions(source(form, f).options(task)))
                        .toList()));
    }

    private TaskFormOptions source(TaskForm form, FormField field) {
        return options.orderedStream()
                .filter(o -> o.valuesKey().equals(field.valuesKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "form " + form.id() + ": no TaskFormOptions for valuesKey " + field.valuesKey()));
    }
}
