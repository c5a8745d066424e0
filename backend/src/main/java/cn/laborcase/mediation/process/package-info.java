/** The mediation process's adapters: its constants, the step delegate and the engine's message correlation. */
package cn.laborcase.mediation.process;
