/**
 * The case kernel: what every track's cases share — their timeline, their numbers, the page fragments of a case page
 * and the rules for events between modules — so a track brings only its content (processes, rules, documents, pages).
 */
package cn.laborcase.cases;
