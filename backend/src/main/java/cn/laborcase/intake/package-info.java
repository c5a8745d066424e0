/**
 * Complaints and reports (举报投诉): registration with validation, duplicate merge, routing (DMN), the admissibility
 * review within 5 working days (25号令 §18) with reminder and escalation, its decision and notices, the public status
 * lookup. The first complete business track: docs/intake.md.
 */
package cn.laborcase.intake;
