/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.CompetencyDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Root Cause Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.RootCauseAnalysis#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.RootCauseAnalysis#getChallenge <em>Challenge</em>}</li>
 *   <li>{@link org.peerplan.model.RootCauseAnalysis#getCurrentSituation <em>Current Situation</em>}</li>
 *   <li>{@link org.peerplan.model.RootCauseAnalysis#getRelatedFindings <em>Related Findings</em>}</li>
 *   <li>{@link org.peerplan.model.RootCauseAnalysis#getRelatedCompetency <em>Related Competency</em>}</li>
 *   <li>{@link org.peerplan.model.RootCauseAnalysis#getCauses <em>Causes</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getRootCauseAnalysis()
 * @model
 * @generated
 */
public interface RootCauseAnalysis extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRootCauseAnalysis_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RootCauseAnalysis#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Challenge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Challenge</em>' attribute.
	 * @see #setChallenge(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRootCauseAnalysis_Challenge()
	 * @model
	 * @generated
	 */
	String getChallenge();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RootCauseAnalysis#getChallenge <em>Challenge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Challenge</em>' attribute.
	 * @see #getChallenge()
	 * @generated
	 */
	void setChallenge(String value);

	/**
	 * Returns the value of the '<em><b>Current Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Situation</em>' attribute.
	 * @see #setCurrentSituation(String)
	 * @see org.peerplan.model.PeerPlanPackage#getRootCauseAnalysis_CurrentSituation()
	 * @model
	 * @generated
	 */
	String getCurrentSituation();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RootCauseAnalysis#getCurrentSituation <em>Current Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Situation</em>' attribute.
	 * @see #getCurrentSituation()
	 * @generated
	 */
	void setCurrentSituation(String value);

	/**
	 * Returns the value of the '<em><b>Related Findings</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.PolicyFinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related Findings</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getRootCauseAnalysis_RelatedFindings()
	 * @model
	 * @generated
	 */
	EList<PolicyFinding> getRelatedFindings();

	/**
	 * Returns the value of the '<em><b>Related Competency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related Competency</em>' reference.
	 * @see #setRelatedCompetency(CompetencyDef)
	 * @see org.peerplan.model.PeerPlanPackage#getRootCauseAnalysis_RelatedCompetency()
	 * @model
	 * @generated
	 */
	CompetencyDef getRelatedCompetency();

	/**
	 * Sets the value of the '{@link org.peerplan.model.RootCauseAnalysis#getRelatedCompetency <em>Related Competency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Related Competency</em>' reference.
	 * @see #getRelatedCompetency()
	 * @generated
	 */
	void setRelatedCompetency(CompetencyDef value);

	/**
	 * Returns the value of the '<em><b>Causes</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Cause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Causes</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getRootCauseAnalysis_Causes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cause> getCauses();

} // RootCauseAnalysis
