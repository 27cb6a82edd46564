/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.PlanningItemDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planning Item Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PlanningItemStatus#getItem <em>Item</em>}</li>
 *   <li>{@link org.peerplan.model.PlanningItemStatus#getStatus <em>Status</em>}</li>
 *   <li>{@link org.peerplan.model.PlanningItemStatus#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.peerplan.model.PlanningItemStatus#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.peerplan.model.PlanningItemStatus#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPlanningItemStatus()
 * @model
 * @generated
 */
public interface PlanningItemStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(PlanningItemDef)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanningItemStatus_Item()
	 * @model required="true"
	 * @generated
	 */
	PlanningItemDef getItem();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanningItemStatus#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(PlanningItemDef value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.PlanningStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.PlanningStatus
	 * @see #setStatus(PlanningStatus)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanningItemStatus_Status()
	 * @model
	 * @generated
	 */
	PlanningStatus getStatus();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanningItemStatus#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.PlanningStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanningStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanningItemStatus_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanningItemStatus#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanningItemStatus_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanningItemStatus#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPlanningItemStatus_Actions()
	 * @model
	 * @generated
	 */
	EList<Action> getActions();

} // PlanningItemStatus
