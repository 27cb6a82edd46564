/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Development Plan Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.DevelopmentPlanAnswer#getItem <em>Item</em>}</li>
 *   <li>{@link org.peerplan.model.DevelopmentPlanAnswer#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.peerplan.model.DevelopmentPlanAnswer#getAddressedBy <em>Addressed By</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getDevelopmentPlanAnswer()
 * @model
 * @generated
 */
public interface DevelopmentPlanAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(ChecklistItemDef)
	 * @see org.peerplan.model.PeerPlanPackage#getDevelopmentPlanAnswer_Item()
	 * @model required="true"
	 * @generated
	 */
	ChecklistItemDef getItem();

	/**
	 * Sets the value of the '{@link org.peerplan.model.DevelopmentPlanAnswer#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(ChecklistItemDef value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.YesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see org.peerplan.model.YesNo
	 * @see #setAnswer(YesNo)
	 * @see org.peerplan.model.PeerPlanPackage#getDevelopmentPlanAnswer_Answer()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	YesNo getAnswer();

	/**
	 * Sets the value of the '{@link org.peerplan.model.DevelopmentPlanAnswer#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see org.peerplan.model.YesNo
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(YesNo value);

	/**
	 * Returns the value of the '<em><b>Addressed By</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.WorkPlanNeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed By</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getDevelopmentPlanAnswer_AddressedBy()
	 * @model
	 * @generated
	 */
	EList<WorkPlanNeed> getAddressedBy();

} // DevelopmentPlanAnswer
