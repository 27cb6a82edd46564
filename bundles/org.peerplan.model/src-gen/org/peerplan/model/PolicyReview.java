/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PolicyReview#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyReview#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyReview#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyReview#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyReview#getPlanningItems <em>Planning Items</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyReview#getRiskFactors <em>Risk Factors</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPolicyReview()
 * @model
 * @generated
 */
public interface PolicyReview extends EObject {
	/**
	 * Returns the value of the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed On</em>' attribute.
	 * @see #setReviewedOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyReview_ReviewedOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getReviewedOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyReview#getReviewedOn <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed On</em>' attribute.
	 * @see #getReviewedOn()
	 * @generated
	 */
	void setReviewedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyReview_Reviewer()
	 * @model
	 * @generated
	 */
	Person getReviewer();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyReview#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Person value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.PolicyFinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyReview_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyFinding> getFindings();

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Policy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyReview_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Policy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Planning Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.PlanningItemStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planning Items</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyReview_PlanningItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanningItemStatus> getPlanningItems();

	/**
	 * Returns the value of the '<em><b>Risk Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.RiskFactorMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Factors</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyReview_RiskFactors()
	 * @model containment="true"
	 * @generated
	 */
	EList<RiskFactorMapping> getRiskFactors();

} // PolicyReview
