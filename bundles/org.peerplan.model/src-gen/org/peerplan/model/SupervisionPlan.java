/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.SupervisionPlan#getNonPeerCheckIns <em>Non Peer Check Ins</em>}</li>
 *   <li>{@link org.peerplan.model.SupervisionPlan#getPeerInteraction <em>Peer Interaction</em>}</li>
 *   <li>{@link org.peerplan.model.SupervisionPlan#getSupportProvisions <em>Support Provisions</em>}</li>
 *   <li>{@link org.peerplan.model.SupervisionPlan#getWellbeingPractices <em>Wellbeing Practices</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getSupervisionPlan()
 * @model
 * @generated
 */
public interface SupervisionPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Non Peer Check Ins</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.CheckInFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Peer Check Ins</em>' attribute.
	 * @see org.peerplan.model.CheckInFrequency
	 * @see #setNonPeerCheckIns(CheckInFrequency)
	 * @see org.peerplan.model.PeerPlanPackage#getSupervisionPlan_NonPeerCheckIns()
	 * @model
	 * @generated
	 */
	CheckInFrequency getNonPeerCheckIns();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SupervisionPlan#getNonPeerCheckIns <em>Non Peer Check Ins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Peer Check Ins</em>' attribute.
	 * @see org.peerplan.model.CheckInFrequency
	 * @see #getNonPeerCheckIns()
	 * @generated
	 */
	void setNonPeerCheckIns(CheckInFrequency value);

	/**
	 * Returns the value of the '<em><b>Peer Interaction</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.PeerInteractionEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peer Interaction</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getSupervisionPlan_PeerInteraction()
	 * @model containment="true"
	 * @generated
	 */
	EList<PeerInteractionEvent> getPeerInteraction();

	/**
	 * Returns the value of the '<em><b>Support Provisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.SupportProvision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support Provisions</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getSupervisionPlan_SupportProvisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupportProvision> getSupportProvisions();

	/**
	 * Returns the value of the '<em><b>Wellbeing Practices</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.WellbeingPractice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wellbeing Practices</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getSupervisionPlan_WellbeingPractices()
	 * @model containment="true"
	 * @generated
	 */
	EList<WellbeingPractice> getWellbeingPractices();

} // SupervisionPlan
