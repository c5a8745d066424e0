/**
 * The task inbox (claim, complete, transfer, return), process start, and the engine's configuration. Feature modules
 * start processes and work tasks through {@link cn.laborcase.workflow.TaskInbox} and
 * {@link cn.laborcase.workflow.ProcessStarter}, never through Camunda's {@code TaskService} directly.
 */
package cn.laborcase.workflow;
