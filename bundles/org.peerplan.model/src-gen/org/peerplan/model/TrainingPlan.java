/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.TrainingPlan#getSessions <em>Sessions</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getTrainingPlan()
 * @model
 * @generated
 */
public interface TrainingPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.TrainingSession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingPlan_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingSession> getSessions();

} // TrainingPlan
