/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Cause#getCategory <em>Category</em>}</li>
 *   <li>{@link org.peerplan.model.Cause#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.Cause#getWhys <em>Whys</em>}</li>
 *   <li>{@link org.peerplan.model.Cause#getDetails <em>Details</em>}</li>
 *   <li>{@link org.peerplan.model.Cause#getSubCauses <em>Sub Causes</em>}</li>
 *   <li>{@link org.peerplan.model.Cause#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getCause()
 * @model
 * @generated
 */
public interface Cause extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.RootCauseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.peerplan.model.RootCauseCategory
	 * @see #setCategory(RootCauseCategory)
	 * @see org.peerplan.model.PeerPlanPackage#getCause_Category()
	 * @model
	 * @generated
	 */
	RootCauseCategory getCategory();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Cause#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.peerplan.model.RootCauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(RootCauseCategory value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getCause_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Cause#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Whys</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Why}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Whys</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getCause_Whys()
	 * @model containment="true"
	 * @generated
	 */
	EList<Why> getWhys();

	/**
	 * Returns the value of the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Details</em>' attribute.
	 * @see #setDetails(String)
	 * @see org.peerplan.model.PeerPlanPackage#getCause_Details()
	 * @model
	 * @generated
	 */
	String getDetails();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Cause#getDetails <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Details</em>' attribute.
	 * @see #getDetails()
	 * @generated
	 */
	void setDetails(String value);

	/**
	 * Returns the value of the '<em><b>Sub Causes</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Cause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Causes</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getCause_SubCauses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cause> getSubCauses();

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getCause_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

} // Cause
