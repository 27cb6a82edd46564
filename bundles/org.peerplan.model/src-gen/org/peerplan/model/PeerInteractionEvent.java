/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Peer Interaction Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PeerInteractionEvent#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.PeerInteractionEvent#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.peerplan.model.PeerInteractionEvent#isFacilitatedByPeer <em>Facilitated By Peer</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPeerInteractionEvent()
 * @model
 * @generated
 */
public interface PeerInteractionEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerInteractionEvent_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerInteractionEvent#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.EventFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.peerplan.model.EventFrequency
	 * @see #setFrequency(EventFrequency)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerInteractionEvent_Frequency()
	 * @model
	 * @generated
	 */
	EventFrequency getFrequency();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerInteractionEvent#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.peerplan.model.EventFrequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(EventFrequency value);

	/**
	 * Returns the value of the '<em><b>Facilitated By Peer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facilitated By Peer</em>' attribute.
	 * @see #setFacilitatedByPeer(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getPeerInteractionEvent_FacilitatedByPeer()
	 * @model
	 * @generated
	 */
	boolean isFacilitatedByPeer();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PeerInteractionEvent#isFacilitatedByPeer <em>Facilitated By Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facilitated By Peer</em>' attribute.
	 * @see #isFacilitatedByPeer()
	 * @generated
	 */
	void setFacilitatedByPeer(boolean value);

} // PeerInteractionEvent
