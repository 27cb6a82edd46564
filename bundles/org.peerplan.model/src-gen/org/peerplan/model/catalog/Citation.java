/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Citation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a catalog item or plan element comes from: one section of one source document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.Citation#getDocument <em>Document</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Citation#getSection <em>Section</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Citation#isInferred <em>Inferred</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getCitation()
 * @model
 * @generated
 */
public interface Citation extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' attribute.
	 * @see org.peerplan.model.catalog.SourceDocument
	 * @see #setDocument(SourceDocument)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCitation_Document()
	 * @model
	 * @generated
	 */
	SourceDocument getDocument();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.Citation#getDocument <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' attribute.
	 * @see org.peerplan.model.catalog.SourceDocument
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(SourceDocument value);

	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCitation_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.Citation#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Inferred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the item is this catalog's inference from the source rather than the source's own statement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inferred</em>' attribute.
	 * @see #setInferred(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCitation_Inferred()
	 * @model
	 * @generated
	 */
	boolean isInferred();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.Citation#isInferred <em>Inferred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inferred</em>' attribute.
	 * @see #isInferred()
	 * @generated
	 */
	void setInferred(boolean value);

} // Citation
