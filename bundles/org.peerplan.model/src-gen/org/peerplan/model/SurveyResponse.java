/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.SurveyResponse#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link org.peerplan.model.SurveyResponse#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getSurveyResponse()
 * @model
 * @generated
 */
public interface SurveyResponse extends EObject {
	/**
	 * Returns the value of the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Respondent</em>' attribute.
	 * @see #setRespondent(String)
	 * @see org.peerplan.model.PeerPlanPackage#getSurveyResponse_Respondent()
	 * @model
	 * @generated
	 */
	String getRespondent();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SurveyResponse#getRespondent <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent</em>' attribute.
	 * @see #getRespondent()
	 * @generated
	 */
	void setRespondent(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.SurveyAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getSurveyResponse_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<SurveyAnswer> getAnswers();

} // SurveyResponse
