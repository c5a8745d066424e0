/** The adapters of processes/wage-arrears-emergency.bpmn and the grading table (internal to the emergency module). */
package cn.laborcase.emergency.process;
