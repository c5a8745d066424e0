package cn.laborcase.workflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 转办: to whom, and why. */
record TransferTaskRequest(
        @NotBlank(message = "请选择转办接收人") String assignee,
        @NotBlank(message = "请填写转办理由") @Size(max = 400, message = "转办理由不能超过 400 字") String reason) {}
