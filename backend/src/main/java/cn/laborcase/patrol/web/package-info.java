/** Pages and API of the patrol plans, the patrols and the written reviews; internal. */
package cn.laborcase.patrol.web;
