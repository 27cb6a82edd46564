/** Facts about a plan's training sessions that the rules and the training documents share. */
package org.peerplan.core.training;
