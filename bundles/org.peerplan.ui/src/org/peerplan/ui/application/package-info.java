/** The workbench application: its window, menus, toolbar and the Plan perspective. */
package org.peerplan.ui.application;
