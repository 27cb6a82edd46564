/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.QuizItemDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quiz Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.QuizAnswer#getItem <em>Item</em>}</li>
 *   <li>{@link org.peerplan.model.QuizAnswer#getValue <em>Value</em>}</li>
 *   <li>{@link org.peerplan.model.QuizAnswer#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getQuizAnswer()
 * @model
 * @generated
 */
public interface QuizAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(QuizItemDef)
	 * @see org.peerplan.model.PeerPlanPackage#getQuizAnswer_Item()
	 * @model required="true"
	 * @generated
	 */
	QuizItemDef getItem();

	/**
	 * Sets the value of the '{@link org.peerplan.model.QuizAnswer#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(QuizItemDef value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.QuizAnswerValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see org.peerplan.model.QuizAnswerValue
	 * @see #setValue(QuizAnswerValue)
	 * @see org.peerplan.model.PeerPlanPackage#getQuizAnswer_Value()
	 * @model
	 * @generated
	 */
	QuizAnswerValue getValue();

	/**
	 * Sets the value of the '{@link org.peerplan.model.QuizAnswer#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see org.peerplan.model.QuizAnswerValue
	 * @see #getValue()
	 * @generated
	 */
	void setValue(QuizAnswerValue value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.peerplan.model.PeerPlanPackage#getQuizAnswer_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.peerplan.model.QuizAnswer#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // QuizAnswer
