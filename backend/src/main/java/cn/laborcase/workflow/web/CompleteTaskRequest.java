package cn.laborcase.workflow.web;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * 办结: the handling comment (办理意见) and the values of the task's form by field key. The page posts them as
 * {@code variables[key]}; the service checks them against the form.
 */
record CompleteTaskRequest(
        @Size(max = 1000, message = "办理意见不能超过 1000 字") String comment, Map<String, Object> variables) {}
