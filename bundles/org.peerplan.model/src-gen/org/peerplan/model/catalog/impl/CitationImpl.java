/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.Citation;
import org.peerplan.model.catalog.SourceDocument;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Citation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.CitationImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CitationImpl#getSection <em>Section</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CitationImpl#isInferred <em>Inferred</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CitationImpl extends MinimalEObjectImpl.Container implements Citation {
	/**
	 * The default value of the '{@link #getDocument() <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected static final SourceDocument DOCUMENT_EDEFAULT = SourceDocument.WISE_EMPLOYER_TOOLKIT;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected SourceDocument document = DOCUMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSection() <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSection()
	 * @generated
	 * @ordered
	 */
	protected String section = SECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isInferred() <em>Inferred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInferred()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INFERRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInferred() <em>Inferred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInferred()
	 * @generated
	 * @ordered
	 */
	protected boolean inferred = INFERRED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CitationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CITATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceDocument getDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(SourceDocument newDocument) {
		SourceDocument oldDocument = document;
		document = newDocument == null ? DOCUMENT_EDEFAULT : newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CITATION__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSection() {
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSection(String newSection) {
		String oldSection = section;
		section = newSection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CITATION__SECTION, oldSection, section));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInferred() {
		return inferred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInferred(boolean newInferred) {
		boolean oldInferred = inferred;
		inferred = newInferred;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CITATION__INFERRED, oldInferred, inferred));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.CITATION__DOCUMENT:
				return getDocument();
			case CatalogPackage.CITATION__SECTION:
				return getSection();
			case CatalogPackage.CITATION__INFERRED:
				return isInferred();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.CITATION__DOCUMENT:
				setDocument((SourceDocument)newValue);
				return;
			case CatalogPackage.CITATION__SECTION:
				setSection((String)newValue);
				return;
			case CatalogPackage.CITATION__INFERRED:
				setInferred((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.CITATION__DOCUMENT:
				setDocument(DOCUMENT_EDEFAULT);
				return;
			case CatalogPackage.CITATION__SECTION:
				setSection(SECTION_EDEFAULT);
				return;
			case CatalogPackage.CITATION__INFERRED:
				setInferred(INFERRED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.CITATION__DOCUMENT:
				return document != DOCUMENT_EDEFAULT;
			case CatalogPackage.CITATION__SECTION:
				return SECTION_EDEFAULT == null ? section != null : !SECTION_EDEFAULT.equals(section);
			case CatalogPackage.CITATION__INFERRED:
				return inferred != INFERRED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (document: ");
		result.append(document);
		result.append(", section: ");
		result.append(section);
		result.append(", inferred: ");
		result.append(inferred);
		result.append(')');
		return result.toString();
	}

} //CitationImpl
