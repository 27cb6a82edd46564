/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.CompetencyDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competency Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.CompetencyAssessment#getCompetency <em>Competency</em>}</li>
 *   <li>{@link org.peerplan.model.CompetencyAssessment#getRating <em>Rating</em>}</li>
 *   <li>{@link org.peerplan.model.CompetencyAssessment#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.peerplan.model.CompetencyAssessment#getAssessedBy <em>Assessed By</em>}</li>
 *   <li>{@link org.peerplan.model.CompetencyAssessment#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getCompetencyAssessment()
 * @model
 * @generated
 */
public interface CompetencyAssessment extends EObject {
	/**
	 * Returns the value of the '<em><b>Competency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competency</em>' reference.
	 * @see #setCompetency(CompetencyDef)
	 * @see org.peerplan.model.PeerPlanPackage#getCompetencyAssessment_Competency()
	 * @model required="true"
	 * @generated
	 */
	CompetencyDef getCompetency();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CompetencyAssessment#getCompetency <em>Competency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competency</em>' reference.
	 * @see #getCompetency()
	 * @generated
	 */
	void setCompetency(CompetencyDef value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.CompetencyRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see org.peerplan.model.CompetencyRating
	 * @see #setRating(CompetencyRating)
	 * @see org.peerplan.model.PeerPlanPackage#getCompetencyAssessment_Rating()
	 * @model
	 * @generated
	 */
	CompetencyRating getRating();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CompetencyAssessment#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see org.peerplan.model.CompetencyRating
	 * @see #getRating()
	 * @generated
	 */
	void setRating(CompetencyRating value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.peerplan.model.PeerPlanPackage#getCompetencyAssessment_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CompetencyAssessment#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Assessed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessed By</em>' reference.
	 * @see #setAssessedBy(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getCompetencyAssessment_AssessedBy()
	 * @model
	 * @generated
	 */
	Person getAssessedBy();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CompetencyAssessment#getAssessedBy <em>Assessed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed By</em>' reference.
	 * @see #getAssessedBy()
	 * @generated
	 */
	void setAssessedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.AssessmentAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getCompetencyAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentAnswer> getAnswers();

} // CompetencyAssessment
