/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interview Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.InterviewPlan#getPanel <em>Panel</em>}</li>
 *   <li>{@link org.peerplan.model.InterviewPlan#isPeersWroteQuestions <em>Peers Wrote Questions</em>}</li>
 *   <li>{@link org.peerplan.model.InterviewPlan#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getInterviewPlan()
 * @model
 * @generated
 */
public interface InterviewPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Panel</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Panel</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getInterviewPlan_Panel()
	 * @model
	 * @generated
	 */
	EList<Person> getPanel();

	/**
	 * Returns the value of the '<em><b>Peers Wrote Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peers Wrote Questions</em>' attribute.
	 * @see #setPeersWroteQuestions(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getInterviewPlan_PeersWroteQuestions()
	 * @model
	 * @generated
	 */
	boolean isPeersWroteQuestions();

	/**
	 * Sets the value of the '{@link org.peerplan.model.InterviewPlan#isPeersWroteQuestions <em>Peers Wrote Questions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peers Wrote Questions</em>' attribute.
	 * @see #isPeersWroteQuestions()
	 * @generated
	 */
	void setPeersWroteQuestions(boolean value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.InterviewQuestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getInterviewPlan_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<InterviewQuestion> getQuestions();

} // InterviewPlan
