package cn.laborcase.workflow.web;

import cn.laborcase.workflow.EngineOperations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 流程运维: deployed processes, decisions and forms; failed jobs and incidents with retry and stack trace. */
@Controller
class OperationsController {

    private final EngineOperations engine;

    OperationsController(EngineOperations engine) {
        this.engine = engine;
    }

    @GetMapping("/admin/operations")
    String operations(Model model) {
        model.addAttribute("status", engine.status());
        model.addAttribute("processes", engine.processDefinitions());
        model.addAttribute("decisions", engine.decisionDefinitions());
        model.addAttribute("forms", engine.forms());
        model.addAttribute("failedJobs", engine.failedJobs());
        model.addAttribute("incidents", engine.incidents());
        return "workflow/operations";
    }

    @GetMapping("/admin/operations/jobs/{jobId}/stacktrace")
    String stacktrace(@PathVariable String jobId, Model model) {
        model.addAttribute("jobId", jobId);
        model.addAttribute("stacktrace", engine.stacktrace(jobId));
        return "workflow/stacktrace";
    }

    @PostMapping("/admin/operations/jobs/{jobId}/retry")
    String retry(@PathVariable String jobId, RedirectAttributes redirect) {
        engine.retry(jobId);
        redirect.addFlashAttribute("flashSuccess", "已提交重试：作业 " + jobId + " 将由作业执行器立即重新执行");
        return "redirect:/admin/operations";
    }
}
