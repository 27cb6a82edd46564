/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Support Provision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.SupportProvision#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.peerplan.model.SupportProvision#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getSupportProvision()
 * @model
 * @generated
 */
public interface SupportProvision extends EObject {
	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.SupportTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.peerplan.model.SupportTrigger
	 * @see #setTrigger(SupportTrigger)
	 * @see org.peerplan.model.PeerPlanPackage#getSupportProvision_Trigger()
	 * @model
	 * @generated
	 */
	SupportTrigger getTrigger();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SupportProvision#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.peerplan.model.SupportTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(SupportTrigger value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getSupportProvision_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SupportProvision#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // SupportProvision
