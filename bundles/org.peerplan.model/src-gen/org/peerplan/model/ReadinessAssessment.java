/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Readiness Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.ReadinessAssessment#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.peerplan.model.ReadinessAssessment#getMotivation <em>Motivation</em>}</li>
 *   <li>{@link org.peerplan.model.ReadinessAssessment#getSurveyResponses <em>Survey Responses</em>}</li>
 *   <li>{@link org.peerplan.model.ReadinessAssessment#getCompetencies <em>Competencies</em>}</li>
 *   <li>{@link org.peerplan.model.ReadinessAssessment#getBenchmarks <em>Benchmarks</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getReadinessAssessment()
 * @model
 * @generated
 */
public interface ReadinessAssessment extends EObject {
	/**
	 * Returns the value of the '<em><b>Respondents</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Respondent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Respondents</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getReadinessAssessment_Respondents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Respondent> getRespondents();

	/**
	 * Returns the value of the '<em><b>Motivation</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.MotivationAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Motivation</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getReadinessAssessment_Motivation()
	 * @model containment="true"
	 * @generated
	 */
	EList<MotivationAnswer> getMotivation();

	/**
	 * Returns the value of the '<em><b>Survey Responses</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.SurveyResponse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Survey Responses</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getReadinessAssessment_SurveyResponses()
	 * @model containment="true"
	 * @generated
	 */
	EList<SurveyResponse> getSurveyResponses();

	/**
	 * Returns the value of the '<em><b>Competencies</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.CompetencyAssessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competencies</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getReadinessAssessment_Competencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<CompetencyAssessment> getCompetencies();

	/**
	 * Returns the value of the '<em><b>Benchmarks</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.TimelineBenchmark}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benchmarks</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getReadinessAssessment_Benchmarks()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimelineBenchmark> getBenchmarks();

} // ReadinessAssessment
