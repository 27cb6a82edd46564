/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.MotivationQuestionDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Motivation Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.MotivationAnswer#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.peerplan.model.MotivationAnswer#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.peerplan.model.MotivationAnswer#isStruggled <em>Struggled</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getMotivationAnswer()
 * @model
 * @generated
 */
public interface MotivationAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' reference.
	 * @see #setQuestion(MotivationQuestionDef)
	 * @see org.peerplan.model.PeerPlanPackage#getMotivationAnswer_Question()
	 * @model required="true"
	 * @generated
	 */
	MotivationQuestionDef getQuestion();

	/**
	 * Sets the value of the '{@link org.peerplan.model.MotivationAnswer#getQuestion <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(MotivationQuestionDef value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see #setAnswer(String)
	 * @see org.peerplan.model.PeerPlanPackage#getMotivationAnswer_Answer()
	 * @model
	 * @generated
	 */
	String getAnswer();

	/**
	 * Sets the value of the '{@link org.peerplan.model.MotivationAnswer#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Struggled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Struggled</em>' attribute.
	 * @see #setStruggled(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getMotivationAnswer_Struggled()
	 * @model
	 * @generated
	 */
	boolean isStruggled();

	/**
	 * Sets the value of the '{@link org.peerplan.model.MotivationAnswer#isStruggled <em>Struggled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Struggled</em>' attribute.
	 * @see #isStruggled()
	 * @generated
	 */
	void setStruggled(boolean value);

} // MotivationAnswer
