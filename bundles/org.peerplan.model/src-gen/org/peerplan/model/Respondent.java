/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Respondent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person's answers to the timeline readiness quiz.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Respondent#getPerson <em>Person</em>}</li>
 *   <li>{@link org.peerplan.model.Respondent#getAnsweredOn <em>Answered On</em>}</li>
 *   <li>{@link org.peerplan.model.Respondent#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getRespondent()
 * @model
 * @generated
 */
public interface Respondent extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getRespondent_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Respondent#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Answered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered On</em>' attribute.
	 * @see #setAnsweredOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getRespondent_AnsweredOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getAnsweredOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Respondent#getAnsweredOn <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered On</em>' attribute.
	 * @see #getAnsweredOn()
	 * @generated
	 */
	void setAnsweredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.QuizAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getRespondent_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuizAnswer> getAnswers();

} // Respondent
