/**
 * The supervision chart: each peer role, the people who supervise it administratively and for professional
 * development, and the high-level administrator it reports to, with the staffing and supervision rules the plan
 * breaks marked on the element they concern.
 */
package org.peerplan.diagram.internal.supervision;
