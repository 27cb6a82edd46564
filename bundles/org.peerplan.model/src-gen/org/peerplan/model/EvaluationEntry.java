/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.EvaluationItemDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.EvaluationEntry#getItem <em>Item</em>}</li>
 *   <li>{@link org.peerplan.model.EvaluationEntry#getRating <em>Rating</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getEvaluationEntry()
 * @model
 * @generated
 */
public interface EvaluationEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(EvaluationItemDef)
	 * @see org.peerplan.model.PeerPlanPackage#getEvaluationEntry_Item()
	 * @model required="true"
	 * @generated
	 */
	EvaluationItemDef getItem();

	/**
	 * Sets the value of the '{@link org.peerplan.model.EvaluationEntry#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(EvaluationItemDef value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.EvaluationRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see org.peerplan.model.EvaluationRating
	 * @see #setRating(EvaluationRating)
	 * @see org.peerplan.model.PeerPlanPackage#getEvaluationEntry_Rating()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	EvaluationRating getRating();

	/**
	 * Sets the value of the '{@link org.peerplan.model.EvaluationEntry#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see org.peerplan.model.EvaluationRating
	 * @see #getRating()
	 * @generated
	 */
	void setRating(EvaluationRating value);

} // EvaluationEntry
