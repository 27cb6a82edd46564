/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.ConflictingDutyDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duty</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Duty#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.Duty#isRoutine <em>Routine</em>}</li>
 *   <li>{@link org.peerplan.model.Duty#getConflictsWith <em>Conflicts With</em>}</li>
 *   <li>{@link org.peerplan.model.Duty#getJustification <em>Justification</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getDuty()
 * @model
 * @generated
 */
public interface Duty extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getDuty_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Duty#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Routine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routine</em>' attribute.
	 * @see #setRoutine(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getDuty_Routine()
	 * @model
	 * @generated
	 */
	boolean isRoutine();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Duty#isRoutine <em>Routine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routine</em>' attribute.
	 * @see #isRoutine()
	 * @generated
	 */
	void setRoutine(boolean value);

	/**
	 * Returns the value of the '<em><b>Conflicts With</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the consultant has flagged this duty as one that conflicts with the peer role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflicts With</em>' reference.
	 * @see #setConflictsWith(ConflictingDutyDef)
	 * @see org.peerplan.model.PeerPlanPackage#getDuty_ConflictsWith()
	 * @model
	 * @generated
	 */
	ConflictingDutyDef getConflictsWith();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Duty#getConflictsWith <em>Conflicts With</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conflicts With</em>' reference.
	 * @see #getConflictsWith()
	 * @generated
	 */
	void setConflictsWith(ConflictingDutyDef value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see org.peerplan.model.PeerPlanPackage#getDuty_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Duty#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

} // Duty
