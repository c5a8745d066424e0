package cn.laborcase.workflow.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 退回: why the previous step must be done again. */
record ReturnTaskRequest(@NotBlank(message = "请填写退回理由") @Size(max = 400, message = "退回理由不能超过 400 字") String reason) {}
