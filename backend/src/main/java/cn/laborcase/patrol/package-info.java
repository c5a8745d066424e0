/**
 * Routine inspection (日常巡视检查 and 书面审查): monthly patrol plans drawn by 双随机、一公开 (国办发〔2015〕58号),
 * patrol records, annual written-review campaigns. A finding that needs a case is published as a
 * {@link cn.laborcase.patrol.RoutineFindingReported} for the inspection track. docs/inspection.md.
 */
package cn.laborcase.patrol;
