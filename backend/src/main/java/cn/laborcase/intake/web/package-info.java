/** Pages and API of the intake: registration form, list, complaint page, public status lookup. */
package cn.laborcase.intake.web;
