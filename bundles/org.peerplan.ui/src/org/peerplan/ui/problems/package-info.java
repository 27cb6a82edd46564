/**
 * The plan checked as it is edited: findings as markers on the plan files (linked into a workspace project of the
 * workbench's own), listed in a view built on Eclipse's Problems view, opened on their element, fixed or waived.
 */
package org.peerplan.ui.problems;
