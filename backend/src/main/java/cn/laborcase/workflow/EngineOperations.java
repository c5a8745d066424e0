package cn.laborcase.workflow;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator needs of the engine without Camunda's webapps or REST API (which we do not ship): deployed
 * processes, decisions and forms, failed jobs and incidents, retrying a failed job and reading its stack trace.
 * Administrators only: stack traces show the system's internals.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class EngineOperations {

    static final String JOB_TARGET = "JOB";
    private static final int MAX_ROWS = 200;
    private static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final AuditJournal audit;

    EngineOperations(
            RepositoryService repositoryService,
            RuntimeService runtimeService,
            ManagementService managementService,
            TaskService taskService,
            AuditJournal audit) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public EngineStatus status() {
        return new EngineStatus(
                taskService.createTaskQuery().count(),
                managementService.createJobQuery().withException().count(),
                runtimeService.createIncidentQuery().count());
    }

    /** Every version of every deployed process, newest version first, with its running instances. */
    @Transactional(readOnly = true)
    public List<ProcessDefinitionView> processDefinitions() {
        Map<String, Instant> deployedAt = deploymentTimes();
        // the statistics rows do not carry historyTimeToLive; the definitions do
        Map<String, Integer> timeToLive = new HashMap<>();
        repositoryService
                .createProcessDefinitionQuery()
                .list()
                .forEach(d -> timeToLive.put(d.getId(), d.getHistoryTimeToLive()));
        return managementService
                .createProcessDefinitionStatisticsQuery()
                .includeFailedJobs()
                .includeIncidents()
                .list()
                .stream()
                .map(s -> new ProcessDefinitionView(
                        s.getId(),
                        s.getKey(),
                        s.getName(),
                        s.getVersion(),
                        deployedAt.get(s.getDeploymentId()),
                        s.getInstances(),
                        s.getFailedJobs(),
                        incidents(s),
                        timeToLive.get(s.getId()),
                        s.isSuspended()))
                .sorted(Comparator.comparing(ProcessDefinitionView::key)
                        .thenComparing(Comparator.comparingInt(ProcessDefinitionView::version)
                                .reversed()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<DecisionDefinitionView> decisionDefinitions() {
        Map<String, Instant> deployedAt = deploymentTimes();
        return repositoryService
                .createDecisionDefinitionQuery()
                .orderByDecisionDefinitionKey()
                .asc()
                .orderByDecisionDefinitionVersion()
                .desc()
                .list()
                .stream()
                .map(d -> new DecisionDefinitionView(
                        d.getKey(),
                        d.getName(),
                        d.getVersion(),
                        deployedAt.get(d.getDeploymentId()),
                        d.getHistoryTimeToLive()))
                .toList();
    }

    /** The Camunda Form files of every deployment, newest deployment first. */
    @Transactional(readOnly = true)
    public List<DeployedFormView> forms() {
        List<DeployedFormView> forms = new ArrayList<>();
        for (Deployment d : repositoryService
                .createDeploymentQuery()
                .orderByDeploymentTime()
                .desc()
                .list()) {
            for (String resource : repositoryService.getDeploymentResourceNames(d.getId())) {
                if (resource.endsWith(".form")) {
                    String file =
                            resource.substring(Math.max(resource.lastIndexOf('/'), resource.lastIndexOf('\\')) + 1);
                    forms.add(new DeployedFormView(file, d.getId(), instant(d.getDeploymentTime())));
                }
            }
        }
        return forms;
    }

    /** Jobs whose last execution failed (at most 200), those without retries left (incidents) first. */
    @Transactional(readOnly = true)
    public List<FailedJobView> failedJobs() {
        List<Job> jobs = managementService
                .createJobQuery()
                .withException()
                .orderByJobRetries()
                .asc()
                .orderByJobDuedate()
                .asc()
                .listPage(0, MAX_ROWS);
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<String, Incident> incidents = runtimeService.createIncidentQuery().incidentType(FAILED_JOB).list().stream()
                .filter(i -> i.getConfiguration() != null)
                .collect(Collectors.toMap(Incident::getConfiguration, Function.identity(), (a, b) -> a));
        Map<String, String> businessKeys = businessKeys(jobs.stream()
                .map(Job::getProcessInstanceId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
        Map<String, BpmnModelInstance> models = new HashMap<>();
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        List<FailedJobView> views = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            String activityId = activityOf(job);
            ProcessDefinition definition = job.getProcessDefinitionId() == null
                    ? null
                    : definitions.computeIfAbsent(
                            job.getProcessDefinitionId(), repositoryService::getProcessDefinition);
            Incident incident = incidents.get(job.getId());
            views.add(new FailedJobView(
                    job.getId(),
                    job.getProcessDefinitionKey(),
                    definition == null ? null : definition.getName(),
                    job.getProcessInstanceId(),
                    businessKeys.get(job.getProcessInstanceId()),
                    activityId,
                    activityName(models, job.getProcessDefinitionId(), activityId),
                    firstLine(job.getExceptionMessage()),
                    job.getRetries(),
                    incident != null || job.getRetries() == 0,
                    incident == null ? null : instant(incident.getIncidentTimestamp()),
                    instant(job.getDuedate())));
        }
        return views;
    }

    /** Open incidents (at most 200), newest first. */
    @Transactional(readOnly = true)
    public List<IncidentView> incidents() {
        return runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, MAX_ROWS).stream()
                .map(i -> new IncidentView(
                        i.getId(),
                        i.getIncidentType(),
                        keyOf(i.getProcessDefinitionId()),
                        i.getProcessInstanceId(),
                        i.getActivityId(),
                        firstLine(i.getIncidentMessage()),
                        instant(i.getIncidentTimestamp()),
                        FAILED_JOB.equals(i.getIncidentType()) ? i.getConfiguration() : null))
                .toList();
    }

    /** The full stack trace of a failed job's last exception. */
    @Transactional(readOnly = true)
    public String stacktrace(String jobId) {
        requireJob(jobId);
        String trace = managementService.getJobExceptionStacktrace(jobId);
        return trace == null ? "" : trace;
    }

    /**
     * Gives a failed job one more try now (重试): one retry, due at once. The job executor picks it up; if it fails
     * again it becomes an incident again.
     */
    @Transactional
    public void retry(String jobId) {
        Job job = requireJob(jobId);
        if (job.getExceptionMessage() == null && job.getRetries() > 0) {
            throw new ConflictException("JOB_NOT_FAILED", "作业 " + jobId + " 没有失败，无需重试");
        }
        // the engine's clock, not the wall clock: the job executor compares due dates with it
        managementService
                .setJobRetries(1)
                .jobId(jobId)
                .dueDate(ClockUtil.getCurrentTime())
                .execute();
        String where = job.getProcessDefinitionKey() + " / " + activityOf(job);
        audit.record(
                "JOB_RETRIED",
                JOB_TARGET,
                jobId,
                "重试失败作业（" + where + "）：" + firstLine(job.getExceptionMessage()),
                "剩余重试 " + job.getRetries(),
                "剩余重试 1");
    }

    private Job requireJob(String jobId) {
        Job job = jobId == null
                ? null
                : managementService.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new NotFoundException("作业", jobId);
        }
        return job;
    }

    private String activityOf(Job job) {
        if (job.getFailedActivityId() != null) {
            return job.getFailedActivityId();
        }
        if (job.getJobDefinitionId() == null) {
            return null;
        }
        JobDefinition definition = managementService
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private String activityName(Map<String, BpmnModelInstance> models, String definitionId, String activityId) {
        if (definitionId == null || activityId == null) {
            return null;
        }
        BpmnModelInstance model = models.computeIfAbsent(definitionId, repositoryService::getBpmnModelInstance);
        return model != null && model.getModelElementById(activityId) instanceof FlowElement element
                ? element.getName()
                : null;
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private String keyOf(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
        return definition == null ? null : definition.getKey();
    }

    private Map<String, Instant> deploymentTimes() {
        return repositoryService.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, d -> instant(d.getDeploymentTime())));
    }

    private static long incidents(ProcessDefinitionStatistics s) {
        return s.getIncidentStatistics().stream()
                .mapToLong(IncidentStatistics::getIncidentCount)
                .sum();
    }

    static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
