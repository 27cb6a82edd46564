/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.AssessmentQuestionDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.AssessmentAnswer#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.peerplan.model.AssessmentAnswer#getValue <em>Value</em>}</li>
 *   <li>{@link org.peerplan.model.AssessmentAnswer#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getAssessmentAnswer()
 * @model
 * @generated
 */
public interface AssessmentAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' reference.
	 * @see #setQuestion(AssessmentQuestionDef)
	 * @see org.peerplan.model.PeerPlanPackage#getAssessmentAnswer_Question()
	 * @model required="true"
	 * @generated
	 */
	AssessmentQuestionDef getQuestion();

	/**
	 * Sets the value of the '{@link org.peerplan.model.AssessmentAnswer#getQuestion <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(AssessmentQuestionDef value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.AssessmentAnswerValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see org.peerplan.model.AssessmentAnswerValue
	 * @see #setValue(AssessmentAnswerValue)
	 * @see org.peerplan.model.PeerPlanPackage#getAssessmentAnswer_Value()
	 * @model
	 * @generated
	 */
	AssessmentAnswerValue getValue();

	/**
	 * Sets the value of the '{@link org.peerplan.model.AssessmentAnswer#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see org.peerplan.model.AssessmentAnswerValue
	 * @see #getValue()
	 * @generated
	 */
	void setValue(AssessmentAnswerValue value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAssessmentAnswer_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.peerplan.model.AssessmentAnswer#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // AssessmentAnswer
