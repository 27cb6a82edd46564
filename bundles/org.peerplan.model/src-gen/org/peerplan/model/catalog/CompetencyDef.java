/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Competency Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the eleven core competencies for agencies that employ peer support workers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.CompetencyDef#getChapterTitle <em>Chapter Title</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CompetencyDef#getQuestions <em>Questions</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getCompetencyDef()
 * @model
 * @generated
 */
public interface CompetencyDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Chapter Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chapter Title</em>' attribute.
	 * @see #setChapterTitle(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCompetencyDef_ChapterTitle()
	 * @model
	 * @generated
	 */
	String getChapterTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CompetencyDef#getChapterTitle <em>Chapter Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chapter Title</em>' attribute.
	 * @see #getChapterTitle()
	 * @generated
	 */
	void setChapterTitle(String value);

	/**
	 * Returns the value of the '<em><b>Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.AssessmentQuestionDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Questions</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCompetencyDef_Questions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentQuestionDef> getQuestions();

} // CompetencyDef
