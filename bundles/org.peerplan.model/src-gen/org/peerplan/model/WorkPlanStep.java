/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Plan Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.WorkPlanStep#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.peerplan.model.WorkPlanStep#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getWorkPlanStep()
 * @model
 * @generated
 */
public interface WorkPlanStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.WorkPlanParty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see org.peerplan.model.WorkPlanParty
	 * @see #setOwner(WorkPlanParty)
	 * @see org.peerplan.model.PeerPlanPackage#getWorkPlanStep_Owner()
	 * @model
	 * @generated
	 */
	WorkPlanParty getOwner();

	/**
	 * Sets the value of the '{@link org.peerplan.model.WorkPlanStep#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see org.peerplan.model.WorkPlanParty
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(WorkPlanParty value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.peerplan.model.PeerPlanPackage#getWorkPlanStep_Text()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.peerplan.model.WorkPlanStep#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // WorkPlanStep
