package cn.laborcase.workflow;

import java.time.Instant;

/**
 * A Camunda Form file as deployed.
 *
 * @param fileName the file name only: the full resource name depends on how the application was started
 */
public record DeployedFormView(String fileName, String deploymentId, Instant deployedAt) {}
