/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Zeren metamodel of a work-safety responsibility system (安全生产责任体系): the parties (committee, departments, production and business entities, posts), the duty lists they hold (power, responsibility, primary-responsibility and post duty lists), the legal bases each duty rests on, who supervises whom, the yearly work plan (工作要点) that assigns duties, and the assessment indicators that measure them. Names follow the project glossary (GLOSSARY.md). Text entered by users (names, titles, duty texts) is kept exactly as entered, usually in Chinese. Dates are calendar dates without time zone, serialised as ISO-8601 yyyy-MM-dd. Constraints stated here (unique, must, should) are not enforced by the generated code: they are the subject of the validation rules of org.zeren.core.
 * <!-- end-model-doc -->
 * @see org.zeren.model.ZerenFactory
 * @model kind="package"
 * @generated
 */
public interface ZerenPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.zeren.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "zeren";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ZerenPackage eINSTANCE = org.zeren.model.impl.ZerenPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.ModelElementImpl <em>Model Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.ModelElementImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getModelElement()
	 * @generated
	 */
	int MODEL_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__DESCRIPTION = 0;

	/**
	 * The number of structural features of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.ResponsibilityModelImpl <em>Responsibility Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.ResponsibilityModelImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getResponsibilityModel()
	 * @generated
	 */
	int RESPONSIBILITY_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__PARTIES = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Duty Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__DUTY_LISTS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Supervisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__SUPERVISIONS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Legal Bases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__LEGAL_BASES = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Work Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__WORK_AREAS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Work Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__WORK_PLANS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Assessment Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Responsibility Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Responsibility Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_MODEL_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.PartyImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__SHORT_NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__CODE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__CHILDREN = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__PARENT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ALIASES = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.CommitteeImpl <em>Committee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.CommitteeImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getCommittee()
	 * @generated
	 */
	int COMMITTEE = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__SHORT_NAME = PARTY__SHORT_NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__CHILDREN = PARTY__CHILDREN;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__PARENT = PARTY__PARENT;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__ALIASES = PARTY__ALIASES;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE__JURISDICTION = PARTY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_FEATURE_COUNT = PARTY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.DepartmentImpl <em>Department</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.DepartmentImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getDepartment()
	 * @generated
	 */
	int DEPARTMENT = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__SHORT_NAME = PARTY__SHORT_NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__CHILDREN = PARTY__CHILDREN;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__PARENT = PARTY__PARENT;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__ALIASES = PARTY__ALIASES;

	/**
	 * The feature id for the '<em><b>Supervisory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__SUPERVISORY = PARTY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_FEATURE_COUNT = PARTY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.EnterpriseImpl <em>Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.EnterpriseImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getEnterprise()
	 * @generated
	 */
	int ENTERPRISE = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__SHORT_NAME = PARTY__SHORT_NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__CHILDREN = PARTY__CHILDREN;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__PARENT = PARTY__PARENT;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__ALIASES = PARTY__ALIASES;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__INDUSTRY = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__SCALE = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Risk Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__RISK_GRADE = PARTY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Standardization Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__STANDARDIZATION_LEVEL = PARTY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Has Occupational Hazards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS = PARTY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__CREDIT_CODE = PARTY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_FEATURE_COUNT = PARTY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.PostImpl <em>Post</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.PostImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getPost()
	 * @generated
	 */
	int POST = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__DESCRIPTION = PARTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__SHORT_NAME = PARTY__SHORT_NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__CODE = PARTY__CODE;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__CHILDREN = PARTY__CHILDREN;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__PARENT = PARTY__PARENT;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__ALIASES = PARTY__ALIASES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__KIND = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Certificate Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__CERTIFICATE_REQUIRED = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Business Duties</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__BUSINESS_DUTIES = PARTY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_FEATURE_COUNT = PARTY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.SupervisionImpl <em>Supervision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.SupervisionImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getSupervision()
	 * @generated
	 */
	int SUPERVISION = 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__SUPERVISOR = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supervised</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__SUPERVISED = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scope Industries</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__SCOPE_INDUSTRIES = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scope Risk Grades</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION__SCOPE_RISK_GRADES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.DutyListImpl <em>Duty List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.DutyListImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getDutyList()
	 * @generated
	 */
	int DUTY_LIST = 8;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST__NAME = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST__KIND = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Holder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST__HOLDER = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST__ISSUED_ON = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Duties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST__DUTIES = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST__GROUPS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Duty List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Duty List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_LIST_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.DutyImpl <em>Duty</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.DutyImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getDuty()
	 * @generated
	 */
	int DUTY = 9;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__CODE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__TITLE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__TEXT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Work Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__WORK_AREA = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Legal References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__LEGAL_REFERENCES = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Supervising Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__SUPERVISING_PARTIES = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Delegated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__DELEGATED_FROM = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__RECURRENCE = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__DEADLINE = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Accountability Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__ACCOUNTABILITY_MEASURES = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Required Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__REQUIRED_EVIDENCE = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>List</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__LIST = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__CATEGORY = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__GROUP = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Supervision Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__SUPERVISION_METHOD = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__DEADLINE_TEXT = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Accountability Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__ACCOUNTABILITY_CASES = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Other Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__OTHER_COLUMNS = MODEL_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.ResponsibilityImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getResponsibility()
	 * @generated
	 */
	int RESPONSIBILITY = 10;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__DESCRIPTION = DUTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__CODE = DUTY__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__TITLE = DUTY__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__TEXT = DUTY__TEXT;

	/**
	 * The feature id for the '<em><b>Work Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__WORK_AREA = DUTY__WORK_AREA;

	/**
	 * The feature id for the '<em><b>Legal References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__LEGAL_REFERENCES = DUTY__LEGAL_REFERENCES;

	/**
	 * The feature id for the '<em><b>Supervising Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__SUPERVISING_PARTIES = DUTY__SUPERVISING_PARTIES;

	/**
	 * The feature id for the '<em><b>Delegated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__DELEGATED_FROM = DUTY__DELEGATED_FROM;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__RECURRENCE = DUTY__RECURRENCE;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__DEADLINE = DUTY__DEADLINE;

	/**
	 * The feature id for the '<em><b>Accountability Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__ACCOUNTABILITY_MEASURES = DUTY__ACCOUNTABILITY_MEASURES;

	/**
	 * The feature id for the '<em><b>Required Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__REQUIRED_EVIDENCE = DUTY__REQUIRED_EVIDENCE;

	/**
	 * The feature id for the '<em><b>List</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__LIST = DUTY__LIST;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__CATEGORY = DUTY__CATEGORY;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__GROUP = DUTY__GROUP;

	/**
	 * The feature id for the '<em><b>Supervision Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__SUPERVISION_METHOD = DUTY__SUPERVISION_METHOD;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__DEADLINE_TEXT = DUTY__DEADLINE_TEXT;

	/**
	 * The feature id for the '<em><b>Accountability Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__ACCOUNTABILITY_CASES = DUTY__ACCOUNTABILITY_CASES;

	/**
	 * The feature id for the '<em><b>Other Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__OTHER_COLUMNS = DUTY__OTHER_COLUMNS;

	/**
	 * The number of structural features of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_FEATURE_COUNT = DUTY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_OPERATION_COUNT = DUTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.PowerImpl <em>Power</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.PowerImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getPower()
	 * @generated
	 */
	int POWER = 11;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__DESCRIPTION = DUTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__CODE = DUTY__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__TITLE = DUTY__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__TEXT = DUTY__TEXT;

	/**
	 * The feature id for the '<em><b>Work Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__WORK_AREA = DUTY__WORK_AREA;

	/**
	 * The feature id for the '<em><b>Legal References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__LEGAL_REFERENCES = DUTY__LEGAL_REFERENCES;

	/**
	 * The feature id for the '<em><b>Supervising Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__SUPERVISING_PARTIES = DUTY__SUPERVISING_PARTIES;

	/**
	 * The feature id for the '<em><b>Delegated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__DELEGATED_FROM = DUTY__DELEGATED_FROM;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__RECURRENCE = DUTY__RECURRENCE;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__DEADLINE = DUTY__DEADLINE;

	/**
	 * The feature id for the '<em><b>Accountability Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__ACCOUNTABILITY_MEASURES = DUTY__ACCOUNTABILITY_MEASURES;

	/**
	 * The feature id for the '<em><b>Required Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__REQUIRED_EVIDENCE = DUTY__REQUIRED_EVIDENCE;

	/**
	 * The feature id for the '<em><b>List</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__LIST = DUTY__LIST;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__CATEGORY = DUTY__CATEGORY;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__GROUP = DUTY__GROUP;

	/**
	 * The feature id for the '<em><b>Supervision Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__SUPERVISION_METHOD = DUTY__SUPERVISION_METHOD;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__DEADLINE_TEXT = DUTY__DEADLINE_TEXT;

	/**
	 * The feature id for the '<em><b>Accountability Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__ACCOUNTABILITY_CASES = DUTY__ACCOUNTABILITY_CASES;

	/**
	 * The feature id for the '<em><b>Other Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__OTHER_COLUMNS = DUTY__OTHER_COLUMNS;

	/**
	 * The feature id for the '<em><b>Power Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER__POWER_KIND = DUTY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Power</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_FEATURE_COUNT = DUTY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Power</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POWER_OPERATION_COUNT = DUTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.ObligationImpl <em>Obligation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.ObligationImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getObligation()
	 * @generated
	 */
	int OBLIGATION = 12;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__DESCRIPTION = DUTY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__CODE = DUTY__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__TITLE = DUTY__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__TEXT = DUTY__TEXT;

	/**
	 * The feature id for the '<em><b>Work Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__WORK_AREA = DUTY__WORK_AREA;

	/**
	 * The feature id for the '<em><b>Legal References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__LEGAL_REFERENCES = DUTY__LEGAL_REFERENCES;

	/**
	 * The feature id for the '<em><b>Supervising Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__SUPERVISING_PARTIES = DUTY__SUPERVISING_PARTIES;

	/**
	 * The feature id for the '<em><b>Delegated From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__DELEGATED_FROM = DUTY__DELEGATED_FROM;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__RECURRENCE = DUTY__RECURRENCE;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__DEADLINE = DUTY__DEADLINE;

	/**
	 * The feature id for the '<em><b>Accountability Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__ACCOUNTABILITY_MEASURES = DUTY__ACCOUNTABILITY_MEASURES;

	/**
	 * The feature id for the '<em><b>Required Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__REQUIRED_EVIDENCE = DUTY__REQUIRED_EVIDENCE;

	/**
	 * The feature id for the '<em><b>List</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__LIST = DUTY__LIST;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__CATEGORY = DUTY__CATEGORY;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__GROUP = DUTY__GROUP;

	/**
	 * The feature id for the '<em><b>Supervision Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__SUPERVISION_METHOD = DUTY__SUPERVISION_METHOD;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__DEADLINE_TEXT = DUTY__DEADLINE_TEXT;

	/**
	 * The feature id for the '<em><b>Accountability Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__ACCOUNTABILITY_CASES = DUTY__ACCOUNTABILITY_CASES;

	/**
	 * The feature id for the '<em><b>Other Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION__OTHER_COLUMNS = DUTY__OTHER_COLUMNS;

	/**
	 * The number of structural features of the '<em>Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION_FEATURE_COUNT = DUTY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBLIGATION_OPERATION_COUNT = DUTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.DutyGroupImpl <em>Duty Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.DutyGroupImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getDutyGroup()
	 * @generated
	 */
	int DUTY_GROUP = 13;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_GROUP__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_GROUP__NUMBER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_GROUP__TITLE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subgroups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_GROUP__SUBGROUPS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Duty Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_GROUP_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Duty Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_GROUP_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.ColumnValueImpl <em>Column Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.ColumnValueImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getColumnValue()
	 * @generated
	 */
	int COLUMN_VALUE = 14;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_VALUE__HEADING = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Column Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Column Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.LegalReferenceImpl <em>Legal Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.LegalReferenceImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalReference()
	 * @generated
	 */
	int LEGAL_REFERENCE = 15;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE__BASIS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE__VERSION = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Article</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE__ARTICLE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Paragraph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE__PARAGRAPH = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE__ITEM = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE__NOTE = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Legal Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Legal Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_REFERENCE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.LegalBasisImpl <em>Legal Basis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.LegalBasisImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalBasis()
	 * @generated
	 */
	int LEGAL_BASIS = 16;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__TITLE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__KIND = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__ISSUER = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__CODE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS__VERSIONS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Legal Basis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Legal Basis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.LegalBasisVersionImpl <em>Legal Basis Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.LegalBasisVersionImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalBasisVersion()
	 * @generated
	 */
	int LEGAL_BASIS_VERSION = 17;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_VERSION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_VERSION__LABEL = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_VERSION__EFFECTIVE_DATE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Article Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_VERSION__ARTICLE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Legal Basis Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_VERSION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Legal Basis Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_BASIS_VERSION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.WorkAreaImpl <em>Work Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.WorkAreaImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getWorkArea()
	 * @generated
	 */
	int WORK_AREA = 18;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__ID = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>English Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__ENGLISH_NAME = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__COLOUR = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Work Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Work Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.WorkPlanImpl <em>Work Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.WorkPlanImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getWorkPlan()
	 * @generated
	 */
	int WORK_PLAN = 19;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__TITLE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__ISSUER = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Issuer Party</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__ISSUER_PARTY = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Recipients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__RECIPIENTS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__ISSUED_ON = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__YEAR = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>General Approach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__GENERAL_APPROACH = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__SECTIONS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Work Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Work Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.PlanSectionImpl <em>Plan Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.PlanSectionImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getPlanSection()
	 * @generated
	 */
	int PLAN_SECTION = 20;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__NUMBER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__TITLE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__TASKS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Plan Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Plan Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.PlanTaskImpl <em>Plan Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.PlanTaskImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getPlanTask()
	 * @generated
	 */
	int PLAN_TASK = 21;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__NUMBER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__TITLE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__TEXT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cited Bases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__CITED_BASES = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__PRINCIPLES = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Work Areas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__WORK_AREAS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assigned Duties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__ASSIGNED_DUTIES = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subtasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__SUBTASKS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Plan Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Plan Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.impl.AssessmentIndicatorImpl <em>Assessment Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.impl.AssessmentIndicatorImpl
	 * @see org.zeren.model.impl.ZerenPackageImpl#getAssessmentIndicator()
	 * @generated
	 */
	int ASSESSMENT_INDICATOR = 22;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__CODE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__NAME = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__TYPE = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__WEIGHT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Veto</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__VETO = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Measured Duties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__MEASURED_DUTIES = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assessed Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR__ASSESSED_PARTIES = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Assessment Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Assessment Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_INDICATOR_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.zeren.model.EnterpriseScale <em>Enterprise Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.EnterpriseScale
	 * @see org.zeren.model.impl.ZerenPackageImpl#getEnterpriseScale()
	 * @generated
	 */
	int ENTERPRISE_SCALE = 23;

	/**
	 * The meta object id for the '{@link org.zeren.model.RiskGrade <em>Risk Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.RiskGrade
	 * @see org.zeren.model.impl.ZerenPackageImpl#getRiskGrade()
	 * @generated
	 */
	int RISK_GRADE = 24;

	/**
	 * The meta object id for the '{@link org.zeren.model.StandardizationLevel <em>Standardization Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.StandardizationLevel
	 * @see org.zeren.model.impl.ZerenPackageImpl#getStandardizationLevel()
	 * @generated
	 */
	int STANDARDIZATION_LEVEL = 25;

	/**
	 * The meta object id for the '{@link org.zeren.model.PostKind <em>Post Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.PostKind
	 * @see org.zeren.model.impl.ZerenPackageImpl#getPostKind()
	 * @generated
	 */
	int POST_KIND = 26;

	/**
	 * The meta object id for the '{@link org.zeren.model.DutyListKind <em>Duty List Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.DutyListKind
	 * @see org.zeren.model.impl.ZerenPackageImpl#getDutyListKind()
	 * @generated
	 */
	int DUTY_LIST_KIND = 27;

	/**
	 * The meta object id for the '{@link org.zeren.model.Recurrence <em>Recurrence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.Recurrence
	 * @see org.zeren.model.impl.ZerenPackageImpl#getRecurrence()
	 * @generated
	 */
	int RECURRENCE = 28;

	/**
	 * The meta object id for the '{@link org.zeren.model.AccountabilityMeasure <em>Accountability Measure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.AccountabilityMeasure
	 * @see org.zeren.model.impl.ZerenPackageImpl#getAccountabilityMeasure()
	 * @generated
	 */
	int ACCOUNTABILITY_MEASURE = 29;

	/**
	 * The meta object id for the '{@link org.zeren.model.PowerKind <em>Power Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.PowerKind
	 * @see org.zeren.model.impl.ZerenPackageImpl#getPowerKind()
	 * @generated
	 */
	int POWER_KIND = 30;

	/**
	 * The meta object id for the '{@link org.zeren.model.LegalBasisKind <em>Legal Basis Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.LegalBasisKind
	 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalBasisKind()
	 * @generated
	 */
	int LEGAL_BASIS_KIND = 31;

	/**
	 * The meta object id for the '{@link org.zeren.model.IndicatorType <em>Indicator Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.zeren.model.IndicatorType
	 * @see org.zeren.model.impl.ZerenPackageImpl#getIndicatorType()
	 * @generated
	 */
	int INDICATOR_TYPE = 32;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.zeren.model.impl.ZerenPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 33;


	/**
	 * Returns the meta object for class '{@link org.zeren.model.ResponsibilityModel <em>Responsibility Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Responsibility Model</em>'.
	 * @see org.zeren.model.ResponsibilityModel
	 * @generated
	 */
	EClass getResponsibilityModel();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.ResponsibilityModel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getName()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EAttribute getResponsibilityModel_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.ResponsibilityModel#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parties</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getParties()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EReference getResponsibilityModel_Parties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.ResponsibilityModel#getDutyLists <em>Duty Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Duty Lists</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getDutyLists()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EReference getResponsibilityModel_DutyLists();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.ResponsibilityModel#getSupervisions <em>Supervisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supervisions</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getSupervisions()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EReference getResponsibilityModel_Supervisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.ResponsibilityModel#getLegalBases <em>Legal Bases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Legal Bases</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getLegalBases()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EReference getResponsibilityModel_LegalBases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.ResponsibilityModel#getWorkAreas <em>Work Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Work Areas</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getWorkAreas()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EReference getResponsibilityModel_WorkAreas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.ResponsibilityModel#getWorkPlans <em>Work Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Work Plans</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getWorkPlans()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EReference getResponsibilityModel_WorkPlans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.ResponsibilityModel#getAssessmentIndicators <em>Assessment Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessment Indicators</em>'.
	 * @see org.zeren.model.ResponsibilityModel#getAssessmentIndicators()
	 * @see #getResponsibilityModel()
	 * @generated
	 */
	EReference getResponsibilityModel_AssessmentIndicators();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Element</em>'.
	 * @see org.zeren.model.ModelElement
	 * @generated
	 */
	EClass getModelElement();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.ModelElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.zeren.model.ModelElement#getDescription()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Description();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see org.zeren.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Party#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.zeren.model.Party#getName()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Party#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.zeren.model.Party#getShortName()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Party#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.zeren.model.Party#getCode()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Code();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.Party#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.zeren.model.Party#getChildren()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Children();

	/**
	 * Returns the meta object for the container reference '{@link org.zeren.model.Party#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.zeren.model.Party#getParent()
	 * @see #getParty()
	 * @generated
	 */
	EReference getParty_Parent();

	/**
	 * Returns the meta object for the attribute list '{@link org.zeren.model.Party#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.zeren.model.Party#getAliases()
	 * @see #getParty()
	 * @generated
	 */
	EAttribute getParty_Aliases();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Committee <em>Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Committee</em>'.
	 * @see org.zeren.model.Committee
	 * @generated
	 */
	EClass getCommittee();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Committee#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jurisdiction</em>'.
	 * @see org.zeren.model.Committee#getJurisdiction()
	 * @see #getCommittee()
	 * @generated
	 */
	EAttribute getCommittee_Jurisdiction();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Department</em>'.
	 * @see org.zeren.model.Department
	 * @generated
	 */
	EClass getDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Department#isSupervisory <em>Supervisory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervisory</em>'.
	 * @see org.zeren.model.Department#isSupervisory()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Supervisory();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise</em>'.
	 * @see org.zeren.model.Enterprise
	 * @generated
	 */
	EClass getEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Enterprise#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see org.zeren.model.Enterprise#getIndustry()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Industry();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Enterprise#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.zeren.model.Enterprise#getScale()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Enterprise#getRiskGrade <em>Risk Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Grade</em>'.
	 * @see org.zeren.model.Enterprise#getRiskGrade()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_RiskGrade();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Enterprise#getStandardizationLevel <em>Standardization Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standardization Level</em>'.
	 * @see org.zeren.model.Enterprise#getStandardizationLevel()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_StandardizationLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Enterprise#isHasOccupationalHazards <em>Has Occupational Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Has Occupational Hazards</em>'.
	 * @see org.zeren.model.Enterprise#isHasOccupationalHazards()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_HasOccupationalHazards();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Enterprise#getCreditCode <em>Credit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Code</em>'.
	 * @see org.zeren.model.Enterprise#getCreditCode()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_CreditCode();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Post <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Post</em>'.
	 * @see org.zeren.model.Post
	 * @generated
	 */
	EClass getPost();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Post#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.zeren.model.Post#getKind()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Post#isCertificateRequired <em>Certificate Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate Required</em>'.
	 * @see org.zeren.model.Post#isCertificateRequired()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_CertificateRequired();

	/**
	 * Returns the meta object for the attribute list '{@link org.zeren.model.Post#getBusinessDuties <em>Business Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Business Duties</em>'.
	 * @see org.zeren.model.Post#getBusinessDuties()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_BusinessDuties();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Supervision <em>Supervision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision</em>'.
	 * @see org.zeren.model.Supervision
	 * @generated
	 */
	EClass getSupervision();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.Supervision#getSupervisor <em>Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisor</em>'.
	 * @see org.zeren.model.Supervision#getSupervisor()
	 * @see #getSupervision()
	 * @generated
	 */
	EReference getSupervision_Supervisor();

	/**
	 * Returns the meta object for the reference list '{@link org.zeren.model.Supervision#getSupervised <em>Supervised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supervised</em>'.
	 * @see org.zeren.model.Supervision#getSupervised()
	 * @see #getSupervision()
	 * @generated
	 */
	EReference getSupervision_Supervised();

	/**
	 * Returns the meta object for the attribute list '{@link org.zeren.model.Supervision#getScopeIndustries <em>Scope Industries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scope Industries</em>'.
	 * @see org.zeren.model.Supervision#getScopeIndustries()
	 * @see #getSupervision()
	 * @generated
	 */
	EAttribute getSupervision_ScopeIndustries();

	/**
	 * Returns the meta object for the attribute list '{@link org.zeren.model.Supervision#getScopeRiskGrades <em>Scope Risk Grades</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scope Risk Grades</em>'.
	 * @see org.zeren.model.Supervision#getScopeRiskGrades()
	 * @see #getSupervision()
	 * @generated
	 */
	EAttribute getSupervision_ScopeRiskGrades();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.DutyList <em>Duty List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duty List</em>'.
	 * @see org.zeren.model.DutyList
	 * @generated
	 */
	EClass getDutyList();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.DutyList#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.zeren.model.DutyList#getName()
	 * @see #getDutyList()
	 * @generated
	 */
	EAttribute getDutyList_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.DutyList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.zeren.model.DutyList#getKind()
	 * @see #getDutyList()
	 * @generated
	 */
	EAttribute getDutyList_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.DutyList#getHolder <em>Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Holder</em>'.
	 * @see org.zeren.model.DutyList#getHolder()
	 * @see #getDutyList()
	 * @generated
	 */
	EReference getDutyList_Holder();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.DutyList#getIssuedOn <em>Issued On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued On</em>'.
	 * @see org.zeren.model.DutyList#getIssuedOn()
	 * @see #getDutyList()
	 * @generated
	 */
	EAttribute getDutyList_IssuedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.DutyList#getDuties <em>Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Duties</em>'.
	 * @see org.zeren.model.DutyList#getDuties()
	 * @see #getDutyList()
	 * @generated
	 */
	EReference getDutyList_Duties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.DutyList#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.zeren.model.DutyList#getGroups()
	 * @see #getDutyList()
	 * @generated
	 */
	EReference getDutyList_Groups();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Duty <em>Duty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duty</em>'.
	 * @see org.zeren.model.Duty
	 * @generated
	 */
	EClass getDuty();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.zeren.model.Duty#getCode()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.zeren.model.Duty#getTitle()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.zeren.model.Duty#getText()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Text();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.Duty#getWorkArea <em>Work Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Area</em>'.
	 * @see org.zeren.model.Duty#getWorkArea()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_WorkArea();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.Duty#getLegalReferences <em>Legal References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Legal References</em>'.
	 * @see org.zeren.model.Duty#getLegalReferences()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_LegalReferences();

	/**
	 * Returns the meta object for the reference list '{@link org.zeren.model.Duty#getSupervisingParties <em>Supervising Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supervising Parties</em>'.
	 * @see org.zeren.model.Duty#getSupervisingParties()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_SupervisingParties();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.Duty#getDelegatedFrom <em>Delegated From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Delegated From</em>'.
	 * @see org.zeren.model.Duty#getDelegatedFrom()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_DelegatedFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getRecurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence</em>'.
	 * @see org.zeren.model.Duty#getRecurrence()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Recurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.zeren.model.Duty#getDeadline()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Deadline();

	/**
	 * Returns the meta object for the attribute list '{@link org.zeren.model.Duty#getAccountabilityMeasures <em>Accountability Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Accountability Measures</em>'.
	 * @see org.zeren.model.Duty#getAccountabilityMeasures()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_AccountabilityMeasures();

	/**
	 * Returns the meta object for the attribute list '{@link org.zeren.model.Duty#getRequiredEvidence <em>Required Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Evidence</em>'.
	 * @see org.zeren.model.Duty#getRequiredEvidence()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_RequiredEvidence();

	/**
	 * Returns the meta object for the container reference '{@link org.zeren.model.Duty#getList <em>List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>List</em>'.
	 * @see org.zeren.model.Duty#getList()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_List();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.zeren.model.Duty#getCategory()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Category();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.Duty#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.zeren.model.Duty#getGroup()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getSupervisionMethod <em>Supervision Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervision Method</em>'.
	 * @see org.zeren.model.Duty#getSupervisionMethod()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_SupervisionMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getDeadlineText <em>Deadline Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline Text</em>'.
	 * @see org.zeren.model.Duty#getDeadlineText()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_DeadlineText();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Duty#getAccountabilityCases <em>Accountability Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accountability Cases</em>'.
	 * @see org.zeren.model.Duty#getAccountabilityCases()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_AccountabilityCases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.Duty#getOtherColumns <em>Other Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Other Columns</em>'.
	 * @see org.zeren.model.Duty#getOtherColumns()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_OtherColumns();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Responsibility <em>Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Responsibility</em>'.
	 * @see org.zeren.model.Responsibility
	 * @generated
	 */
	EClass getResponsibility();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Power <em>Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Power</em>'.
	 * @see org.zeren.model.Power
	 * @generated
	 */
	EClass getPower();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.Power#getPowerKind <em>Power Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power Kind</em>'.
	 * @see org.zeren.model.Power#getPowerKind()
	 * @see #getPower()
	 * @generated
	 */
	EAttribute getPower_PowerKind();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.Obligation <em>Obligation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Obligation</em>'.
	 * @see org.zeren.model.Obligation
	 * @generated
	 */
	EClass getObligation();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.DutyGroup <em>Duty Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duty Group</em>'.
	 * @see org.zeren.model.DutyGroup
	 * @generated
	 */
	EClass getDutyGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.DutyGroup#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.zeren.model.DutyGroup#getNumber()
	 * @see #getDutyGroup()
	 * @generated
	 */
	EAttribute getDutyGroup_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.DutyGroup#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.zeren.model.DutyGroup#getTitle()
	 * @see #getDutyGroup()
	 * @generated
	 */
	EAttribute getDutyGroup_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.DutyGroup#getSubgroups <em>Subgroups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subgroups</em>'.
	 * @see org.zeren.model.DutyGroup#getSubgroups()
	 * @see #getDutyGroup()
	 * @generated
	 */
	EReference getDutyGroup_Subgroups();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.ColumnValue <em>Column Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column Value</em>'.
	 * @see org.zeren.model.ColumnValue
	 * @generated
	 */
	EClass getColumnValue();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.ColumnValue#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see org.zeren.model.ColumnValue#getHeading()
	 * @see #getColumnValue()
	 * @generated
	 */
	EAttribute getColumnValue_Heading();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.ColumnValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.zeren.model.ColumnValue#getValue()
	 * @see #getColumnValue()
	 * @generated
	 */
	EAttribute getColumnValue_Value();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.LegalReference <em>Legal Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Reference</em>'.
	 * @see org.zeren.model.LegalReference
	 * @generated
	 */
	EClass getLegalReference();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.LegalReference#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Basis</em>'.
	 * @see org.zeren.model.LegalReference#getBasis()
	 * @see #getLegalReference()
	 * @generated
	 */
	EReference getLegalReference_Basis();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.LegalReference#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Version</em>'.
	 * @see org.zeren.model.LegalReference#getVersion()
	 * @see #getLegalReference()
	 * @generated
	 */
	EReference getLegalReference_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalReference#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article</em>'.
	 * @see org.zeren.model.LegalReference#getArticle()
	 * @see #getLegalReference()
	 * @generated
	 */
	EAttribute getLegalReference_Article();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalReference#getParagraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paragraph</em>'.
	 * @see org.zeren.model.LegalReference#getParagraph()
	 * @see #getLegalReference()
	 * @generated
	 */
	EAttribute getLegalReference_Paragraph();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalReference#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.zeren.model.LegalReference#getItem()
	 * @see #getLegalReference()
	 * @generated
	 */
	EAttribute getLegalReference_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalReference#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.zeren.model.LegalReference#getNote()
	 * @see #getLegalReference()
	 * @generated
	 */
	EAttribute getLegalReference_Note();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.LegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Basis</em>'.
	 * @see org.zeren.model.LegalBasis
	 * @generated
	 */
	EClass getLegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalBasis#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.zeren.model.LegalBasis#getTitle()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalBasis#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.zeren.model.LegalBasis#getKind()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalBasis#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.zeren.model.LegalBasis#getIssuer()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalBasis#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.zeren.model.LegalBasis#getCode()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EAttribute getLegalBasis_Code();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.LegalBasis#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.zeren.model.LegalBasis#getVersions()
	 * @see #getLegalBasis()
	 * @generated
	 */
	EReference getLegalBasis_Versions();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.LegalBasisVersion <em>Legal Basis Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Basis Version</em>'.
	 * @see org.zeren.model.LegalBasisVersion
	 * @generated
	 */
	EClass getLegalBasisVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalBasisVersion#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.zeren.model.LegalBasisVersion#getLabel()
	 * @see #getLegalBasisVersion()
	 * @generated
	 */
	EAttribute getLegalBasisVersion_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalBasisVersion#getEffectiveDate <em>Effective Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective Date</em>'.
	 * @see org.zeren.model.LegalBasisVersion#getEffectiveDate()
	 * @see #getLegalBasisVersion()
	 * @generated
	 */
	EAttribute getLegalBasisVersion_EffectiveDate();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.LegalBasisVersion#getArticleCount <em>Article Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article Count</em>'.
	 * @see org.zeren.model.LegalBasisVersion#getArticleCount()
	 * @see #getLegalBasisVersion()
	 * @generated
	 */
	EAttribute getLegalBasisVersion_ArticleCount();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.WorkArea <em>Work Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Area</em>'.
	 * @see org.zeren.model.WorkArea
	 * @generated
	 */
	EClass getWorkArea();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkArea#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.zeren.model.WorkArea#getId()
	 * @see #getWorkArea()
	 * @generated
	 */
	EAttribute getWorkArea_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkArea#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.zeren.model.WorkArea#getName()
	 * @see #getWorkArea()
	 * @generated
	 */
	EAttribute getWorkArea_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkArea#getEnglishName <em>English Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>English Name</em>'.
	 * @see org.zeren.model.WorkArea#getEnglishName()
	 * @see #getWorkArea()
	 * @generated
	 */
	EAttribute getWorkArea_EnglishName();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkArea#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.zeren.model.WorkArea#getColour()
	 * @see #getWorkArea()
	 * @generated
	 */
	EAttribute getWorkArea_Colour();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.WorkPlan <em>Work Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Plan</em>'.
	 * @see org.zeren.model.WorkPlan
	 * @generated
	 */
	EClass getWorkPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkPlan#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.zeren.model.WorkPlan#getTitle()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkPlan#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.zeren.model.WorkPlan#getIssuer()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_Issuer();

	/**
	 * Returns the meta object for the reference '{@link org.zeren.model.WorkPlan#getIssuerParty <em>Issuer Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuer Party</em>'.
	 * @see org.zeren.model.WorkPlan#getIssuerParty()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EReference getWorkPlan_IssuerParty();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkPlan#getRecipients <em>Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipients</em>'.
	 * @see org.zeren.model.WorkPlan#getRecipients()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_Recipients();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkPlan#getIssuedOn <em>Issued On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued On</em>'.
	 * @see org.zeren.model.WorkPlan#getIssuedOn()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_IssuedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkPlan#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.zeren.model.WorkPlan#getYear()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.WorkPlan#getGeneralApproach <em>General Approach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>General Approach</em>'.
	 * @see org.zeren.model.WorkPlan#getGeneralApproach()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_GeneralApproach();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.WorkPlan#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.zeren.model.WorkPlan#getSections()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EReference getWorkPlan_Sections();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.PlanSection <em>Plan Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Section</em>'.
	 * @see org.zeren.model.PlanSection
	 * @generated
	 */
	EClass getPlanSection();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.PlanSection#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.zeren.model.PlanSection#getNumber()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.PlanSection#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.zeren.model.PlanSection#getTitle()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.PlanSection#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.zeren.model.PlanSection#getTasks()
	 * @see #getPlanSection()
	 * @generated
	 */
	EReference getPlanSection_Tasks();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.PlanTask <em>Plan Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Task</em>'.
	 * @see org.zeren.model.PlanTask
	 * @generated
	 */
	EClass getPlanTask();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.PlanTask#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.zeren.model.PlanTask#getNumber()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.PlanTask#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.zeren.model.PlanTask#getTitle()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.PlanTask#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.zeren.model.PlanTask#getText()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.zeren.model.PlanTask#getCitedBases <em>Cited Bases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cited Bases</em>'.
	 * @see org.zeren.model.PlanTask#getCitedBases()
	 * @see #getPlanTask()
	 * @generated
	 */
	EReference getPlanTask_CitedBases();

	/**
	 * Returns the meta object for the attribute list '{@link org.zeren.model.PlanTask#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Principles</em>'.
	 * @see org.zeren.model.PlanTask#getPrinciples()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Principles();

	/**
	 * Returns the meta object for the reference list '{@link org.zeren.model.PlanTask#getWorkAreas <em>Work Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Work Areas</em>'.
	 * @see org.zeren.model.PlanTask#getWorkAreas()
	 * @see #getPlanTask()
	 * @generated
	 */
	EReference getPlanTask_WorkAreas();

	/**
	 * Returns the meta object for the reference list '{@link org.zeren.model.PlanTask#getAssignedDuties <em>Assigned Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Assigned Duties</em>'.
	 * @see org.zeren.model.PlanTask#getAssignedDuties()
	 * @see #getPlanTask()
	 * @generated
	 */
	EReference getPlanTask_AssignedDuties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.zeren.model.PlanTask#getSubtasks <em>Subtasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subtasks</em>'.
	 * @see org.zeren.model.PlanTask#getSubtasks()
	 * @see #getPlanTask()
	 * @generated
	 */
	EReference getPlanTask_Subtasks();

	/**
	 * Returns the meta object for class '{@link org.zeren.model.AssessmentIndicator <em>Assessment Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Indicator</em>'.
	 * @see org.zeren.model.AssessmentIndicator
	 * @generated
	 */
	EClass getAssessmentIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.AssessmentIndicator#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.zeren.model.AssessmentIndicator#getCode()
	 * @see #getAssessmentIndicator()
	 * @generated
	 */
	EAttribute getAssessmentIndicator_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.AssessmentIndicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.zeren.model.AssessmentIndicator#getName()
	 * @see #getAssessmentIndicator()
	 * @generated
	 */
	EAttribute getAssessmentIndicator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.AssessmentIndicator#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.zeren.model.AssessmentIndicator#getType()
	 * @see #getAssessmentIndicator()
	 * @generated
	 */
	EAttribute getAssessmentIndicator_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.AssessmentIndicator#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.zeren.model.AssessmentIndicator#getWeight()
	 * @see #getAssessmentIndicator()
	 * @generated
	 */
	EAttribute getAssessmentIndicator_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.zeren.model.AssessmentIndicator#isVeto <em>Veto</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Veto</em>'.
	 * @see org.zeren.model.AssessmentIndicator#isVeto()
	 * @see #getAssessmentIndicator()
	 * @generated
	 */
	EAttribute getAssessmentIndicator_Veto();

	/**
	 * Returns the meta object for the reference list '{@link org.zeren.model.AssessmentIndicator#getMeasuredDuties <em>Measured Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measured Duties</em>'.
	 * @see org.zeren.model.AssessmentIndicator#getMeasuredDuties()
	 * @see #getAssessmentIndicator()
	 * @generated
	 */
	EReference getAssessmentIndicator_MeasuredDuties();

	/**
	 * Returns the meta object for the reference list '{@link org.zeren.model.AssessmentIndicator#getAssessedParties <em>Assessed Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Assessed Parties</em>'.
	 * @see org.zeren.model.AssessmentIndicator#getAssessedParties()
	 * @see #getAssessmentIndicator()
	 * @generated
	 */
	EReference getAssessmentIndicator_AssessedParties();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.EnterpriseScale <em>Enterprise Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enterprise Scale</em>'.
	 * @see org.zeren.model.EnterpriseScale
	 * @generated
	 */
	EEnum getEnterpriseScale();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.RiskGrade <em>Risk Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Grade</em>'.
	 * @see org.zeren.model.RiskGrade
	 * @generated
	 */
	EEnum getRiskGrade();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.StandardizationLevel <em>Standardization Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Standardization Level</em>'.
	 * @see org.zeren.model.StandardizationLevel
	 * @generated
	 */
	EEnum getStandardizationLevel();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.PostKind <em>Post Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Post Kind</em>'.
	 * @see org.zeren.model.PostKind
	 * @generated
	 */
	EEnum getPostKind();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.DutyListKind <em>Duty List Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Duty List Kind</em>'.
	 * @see org.zeren.model.DutyListKind
	 * @generated
	 */
	EEnum getDutyListKind();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.Recurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recurrence</em>'.
	 * @see org.zeren.model.Recurrence
	 * @generated
	 */
	EEnum getRecurrence();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.AccountabilityMeasure <em>Accountability Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accountability Measure</em>'.
	 * @see org.zeren.model.AccountabilityMeasure
	 * @generated
	 */
	EEnum getAccountabilityMeasure();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.PowerKind <em>Power Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Power Kind</em>'.
	 * @see org.zeren.model.PowerKind
	 * @generated
	 */
	EEnum getPowerKind();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.LegalBasisKind <em>Legal Basis Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Legal Basis Kind</em>'.
	 * @see org.zeren.model.LegalBasisKind
	 * @generated
	 */
	EEnum getLegalBasisKind();

	/**
	 * Returns the meta object for enum '{@link org.zeren.model.IndicatorType <em>Indicator Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Type</em>'.
	 * @see org.zeren.model.IndicatorType
	 * @generated
	 */
	EEnum getIndicatorType();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time of day or time zone (java.time.LocalDate), serialised as ISO-8601 yyyy-MM-dd, e.g. 2017-02-23. Parsing a string that is not such a date fails with an IllegalArgumentException naming the value.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ZerenFactory getZerenFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.ResponsibilityModelImpl <em>Responsibility Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.ResponsibilityModelImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getResponsibilityModel()
		 * @generated
		 */
		EClass RESPONSIBILITY_MODEL = eINSTANCE.getResponsibilityModel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSIBILITY_MODEL__NAME = eINSTANCE.getResponsibilityModel_Name();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY_MODEL__PARTIES = eINSTANCE.getResponsibilityModel_Parties();

		/**
		 * The meta object literal for the '<em><b>Duty Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY_MODEL__DUTY_LISTS = eINSTANCE.getResponsibilityModel_DutyLists();

		/**
		 * The meta object literal for the '<em><b>Supervisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY_MODEL__SUPERVISIONS = eINSTANCE.getResponsibilityModel_Supervisions();

		/**
		 * The meta object literal for the '<em><b>Legal Bases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY_MODEL__LEGAL_BASES = eINSTANCE.getResponsibilityModel_LegalBases();

		/**
		 * The meta object literal for the '<em><b>Work Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY_MODEL__WORK_AREAS = eINSTANCE.getResponsibilityModel_WorkAreas();

		/**
		 * The meta object literal for the '<em><b>Work Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY_MODEL__WORK_PLANS = eINSTANCE.getResponsibilityModel_WorkPlans();

		/**
		 * The meta object literal for the '<em><b>Assessment Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSIBILITY_MODEL__ASSESSMENT_INDICATORS = eINSTANCE.getResponsibilityModel_AssessmentIndicators();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.ModelElementImpl <em>Model Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.ModelElementImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getModelElement()
		 * @generated
		 */
		EClass MODEL_ELEMENT = eINSTANCE.getModelElement();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__DESCRIPTION = eINSTANCE.getModelElement_Description();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.PartyImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__NAME = eINSTANCE.getParty_Name();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__SHORT_NAME = eINSTANCE.getParty_ShortName();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__CODE = eINSTANCE.getParty_Code();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__CHILDREN = eINSTANCE.getParty_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY__PARENT = eINSTANCE.getParty_Parent();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTY__ALIASES = eINSTANCE.getParty_Aliases();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.CommitteeImpl <em>Committee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.CommitteeImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getCommittee()
		 * @generated
		 */
		EClass COMMITTEE = eINSTANCE.getCommittee();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE__JURISDICTION = eINSTANCE.getCommittee_Jurisdiction();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.DepartmentImpl <em>Department</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.DepartmentImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getDepartment()
		 * @generated
		 */
		EClass DEPARTMENT = eINSTANCE.getDepartment();

		/**
		 * The meta object literal for the '<em><b>Supervisory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__SUPERVISORY = eINSTANCE.getDepartment_Supervisory();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.EnterpriseImpl <em>Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.EnterpriseImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getEnterprise()
		 * @generated
		 */
		EClass ENTERPRISE = eINSTANCE.getEnterprise();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__INDUSTRY = eINSTANCE.getEnterprise_Industry();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__SCALE = eINSTANCE.getEnterprise_Scale();

		/**
		 * The meta object literal for the '<em><b>Risk Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__RISK_GRADE = eINSTANCE.getEnterprise_RiskGrade();

		/**
		 * The meta object literal for the '<em><b>Standardization Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__STANDARDIZATION_LEVEL = eINSTANCE.getEnterprise_StandardizationLevel();

		/**
		 * The meta object literal for the '<em><b>Has Occupational Hazards</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__HAS_OCCUPATIONAL_HAZARDS = eINSTANCE.getEnterprise_HasOccupationalHazards();

		/**
		 * The meta object literal for the '<em><b>Credit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__CREDIT_CODE = eINSTANCE.getEnterprise_CreditCode();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.PostImpl <em>Post</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.PostImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getPost()
		 * @generated
		 */
		EClass POST = eINSTANCE.getPost();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__KIND = eINSTANCE.getPost_Kind();

		/**
		 * The meta object literal for the '<em><b>Certificate Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__CERTIFICATE_REQUIRED = eINSTANCE.getPost_CertificateRequired();

		/**
		 * The meta object literal for the '<em><b>Business Duties</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__BUSINESS_DUTIES = eINSTANCE.getPost_BusinessDuties();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.SupervisionImpl <em>Supervision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.SupervisionImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getSupervision()
		 * @generated
		 */
		EClass SUPERVISION = eINSTANCE.getSupervision();

		/**
		 * The meta object literal for the '<em><b>Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION__SUPERVISOR = eINSTANCE.getSupervision_Supervisor();

		/**
		 * The meta object literal for the '<em><b>Supervised</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION__SUPERVISED = eINSTANCE.getSupervision_Supervised();

		/**
		 * The meta object literal for the '<em><b>Scope Industries</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION__SCOPE_INDUSTRIES = eINSTANCE.getSupervision_ScopeIndustries();

		/**
		 * The meta object literal for the '<em><b>Scope Risk Grades</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION__SCOPE_RISK_GRADES = eINSTANCE.getSupervision_ScopeRiskGrades();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.DutyListImpl <em>Duty List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.DutyListImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getDutyList()
		 * @generated
		 */
		EClass DUTY_LIST = eINSTANCE.getDutyList();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_LIST__NAME = eINSTANCE.getDutyList_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_LIST__KIND = eINSTANCE.getDutyList_Kind();

		/**
		 * The meta object literal for the '<em><b>Holder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY_LIST__HOLDER = eINSTANCE.getDutyList_Holder();

		/**
		 * The meta object literal for the '<em><b>Issued On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_LIST__ISSUED_ON = eINSTANCE.getDutyList_IssuedOn();

		/**
		 * The meta object literal for the '<em><b>Duties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY_LIST__DUTIES = eINSTANCE.getDutyList_Duties();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY_LIST__GROUPS = eINSTANCE.getDutyList_Groups();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.DutyImpl <em>Duty</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.DutyImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getDuty()
		 * @generated
		 */
		EClass DUTY = eINSTANCE.getDuty();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__CODE = eINSTANCE.getDuty_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__TITLE = eINSTANCE.getDuty_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__TEXT = eINSTANCE.getDuty_Text();

		/**
		 * The meta object literal for the '<em><b>Work Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__WORK_AREA = eINSTANCE.getDuty_WorkArea();

		/**
		 * The meta object literal for the '<em><b>Legal References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__LEGAL_REFERENCES = eINSTANCE.getDuty_LegalReferences();

		/**
		 * The meta object literal for the '<em><b>Supervising Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__SUPERVISING_PARTIES = eINSTANCE.getDuty_SupervisingParties();

		/**
		 * The meta object literal for the '<em><b>Delegated From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__DELEGATED_FROM = eINSTANCE.getDuty_DelegatedFrom();

		/**
		 * The meta object literal for the '<em><b>Recurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__RECURRENCE = eINSTANCE.getDuty_Recurrence();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__DEADLINE = eINSTANCE.getDuty_Deadline();

		/**
		 * The meta object literal for the '<em><b>Accountability Measures</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__ACCOUNTABILITY_MEASURES = eINSTANCE.getDuty_AccountabilityMeasures();

		/**
		 * The meta object literal for the '<em><b>Required Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__REQUIRED_EVIDENCE = eINSTANCE.getDuty_RequiredEvidence();

		/**
		 * The meta object literal for the '<em><b>List</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__LIST = eINSTANCE.getDuty_List();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__CATEGORY = eINSTANCE.getDuty_Category();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__GROUP = eINSTANCE.getDuty_Group();

		/**
		 * The meta object literal for the '<em><b>Supervision Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__SUPERVISION_METHOD = eINSTANCE.getDuty_SupervisionMethod();

		/**
		 * The meta object literal for the '<em><b>Deadline Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__DEADLINE_TEXT = eINSTANCE.getDuty_DeadlineText();

		/**
		 * The meta object literal for the '<em><b>Accountability Cases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__ACCOUNTABILITY_CASES = eINSTANCE.getDuty_AccountabilityCases();

		/**
		 * The meta object literal for the '<em><b>Other Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__OTHER_COLUMNS = eINSTANCE.getDuty_OtherColumns();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.ResponsibilityImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getResponsibility()
		 * @generated
		 */
		EClass RESPONSIBILITY = eINSTANCE.getResponsibility();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.PowerImpl <em>Power</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.PowerImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getPower()
		 * @generated
		 */
		EClass POWER = eINSTANCE.getPower();

		/**
		 * The meta object literal for the '<em><b>Power Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POWER__POWER_KIND = eINSTANCE.getPower_PowerKind();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.ObligationImpl <em>Obligation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.ObligationImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getObligation()
		 * @generated
		 */
		EClass OBLIGATION = eINSTANCE.getObligation();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.DutyGroupImpl <em>Duty Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.DutyGroupImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getDutyGroup()
		 * @generated
		 */
		EClass DUTY_GROUP = eINSTANCE.getDutyGroup();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_GROUP__NUMBER = eINSTANCE.getDutyGroup_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_GROUP__TITLE = eINSTANCE.getDutyGroup_Title();

		/**
		 * The meta object literal for the '<em><b>Subgroups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY_GROUP__SUBGROUPS = eINSTANCE.getDutyGroup_Subgroups();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.ColumnValueImpl <em>Column Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.ColumnValueImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getColumnValue()
		 * @generated
		 */
		EClass COLUMN_VALUE = eINSTANCE.getColumnValue();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_VALUE__HEADING = eINSTANCE.getColumnValue_Heading();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_VALUE__VALUE = eINSTANCE.getColumnValue_Value();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.LegalReferenceImpl <em>Legal Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.LegalReferenceImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalReference()
		 * @generated
		 */
		EClass LEGAL_REFERENCE = eINSTANCE.getLegalReference();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEGAL_REFERENCE__BASIS = eINSTANCE.getLegalReference_Basis();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEGAL_REFERENCE__VERSION = eINSTANCE.getLegalReference_Version();

		/**
		 * The meta object literal for the '<em><b>Article</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_REFERENCE__ARTICLE = eINSTANCE.getLegalReference_Article();

		/**
		 * The meta object literal for the '<em><b>Paragraph</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_REFERENCE__PARAGRAPH = eINSTANCE.getLegalReference_Paragraph();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_REFERENCE__ITEM = eINSTANCE.getLegalReference_Item();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_REFERENCE__NOTE = eINSTANCE.getLegalReference_Note();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.LegalBasisImpl <em>Legal Basis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.LegalBasisImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalBasis()
		 * @generated
		 */
		EClass LEGAL_BASIS = eINSTANCE.getLegalBasis();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__TITLE = eINSTANCE.getLegalBasis_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__KIND = eINSTANCE.getLegalBasis_Kind();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__ISSUER = eINSTANCE.getLegalBasis_Issuer();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS__CODE = eINSTANCE.getLegalBasis_Code();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEGAL_BASIS__VERSIONS = eINSTANCE.getLegalBasis_Versions();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.LegalBasisVersionImpl <em>Legal Basis Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.LegalBasisVersionImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalBasisVersion()
		 * @generated
		 */
		EClass LEGAL_BASIS_VERSION = eINSTANCE.getLegalBasisVersion();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS_VERSION__LABEL = eINSTANCE.getLegalBasisVersion_Label();

		/**
		 * The meta object literal for the '<em><b>Effective Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS_VERSION__EFFECTIVE_DATE = eINSTANCE.getLegalBasisVersion_EffectiveDate();

		/**
		 * The meta object literal for the '<em><b>Article Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_BASIS_VERSION__ARTICLE_COUNT = eINSTANCE.getLegalBasisVersion_ArticleCount();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.WorkAreaImpl <em>Work Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.WorkAreaImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getWorkArea()
		 * @generated
		 */
		EClass WORK_AREA = eINSTANCE.getWorkArea();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_AREA__ID = eINSTANCE.getWorkArea_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_AREA__NAME = eINSTANCE.getWorkArea_Name();

		/**
		 * The meta object literal for the '<em><b>English Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_AREA__ENGLISH_NAME = eINSTANCE.getWorkArea_EnglishName();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_AREA__COLOUR = eINSTANCE.getWorkArea_Colour();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.WorkPlanImpl <em>Work Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.WorkPlanImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getWorkPlan()
		 * @generated
		 */
		EClass WORK_PLAN = eINSTANCE.getWorkPlan();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__TITLE = eINSTANCE.getWorkPlan_Title();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__ISSUER = eINSTANCE.getWorkPlan_Issuer();

		/**
		 * The meta object literal for the '<em><b>Issuer Party</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_PLAN__ISSUER_PARTY = eINSTANCE.getWorkPlan_IssuerParty();

		/**
		 * The meta object literal for the '<em><b>Recipients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__RECIPIENTS = eINSTANCE.getWorkPlan_Recipients();

		/**
		 * The meta object literal for the '<em><b>Issued On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__ISSUED_ON = eINSTANCE.getWorkPlan_IssuedOn();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__YEAR = eINSTANCE.getWorkPlan_Year();

		/**
		 * The meta object literal for the '<em><b>General Approach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__GENERAL_APPROACH = eINSTANCE.getWorkPlan_GeneralApproach();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_PLAN__SECTIONS = eINSTANCE.getWorkPlan_Sections();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.PlanSectionImpl <em>Plan Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.PlanSectionImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getPlanSection()
		 * @generated
		 */
		EClass PLAN_SECTION = eINSTANCE.getPlanSection();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__NUMBER = eINSTANCE.getPlanSection_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__TITLE = eINSTANCE.getPlanSection_Title();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_SECTION__TASKS = eINSTANCE.getPlanSection_Tasks();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.PlanTaskImpl <em>Plan Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.PlanTaskImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getPlanTask()
		 * @generated
		 */
		EClass PLAN_TASK = eINSTANCE.getPlanTask();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__NUMBER = eINSTANCE.getPlanTask_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__TITLE = eINSTANCE.getPlanTask_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__TEXT = eINSTANCE.getPlanTask_Text();

		/**
		 * The meta object literal for the '<em><b>Cited Bases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TASK__CITED_BASES = eINSTANCE.getPlanTask_CitedBases();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__PRINCIPLES = eINSTANCE.getPlanTask_Principles();

		/**
		 * The meta object literal for the '<em><b>Work Areas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TASK__WORK_AREAS = eINSTANCE.getPlanTask_WorkAreas();

		/**
		 * The meta object literal for the '<em><b>Assigned Duties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TASK__ASSIGNED_DUTIES = eINSTANCE.getPlanTask_AssignedDuties();

		/**
		 * The meta object literal for the '<em><b>Subtasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TASK__SUBTASKS = eINSTANCE.getPlanTask_Subtasks();

		/**
		 * The meta object literal for the '{@link org.zeren.model.impl.AssessmentIndicatorImpl <em>Assessment Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.impl.AssessmentIndicatorImpl
		 * @see org.zeren.model.impl.ZerenPackageImpl#getAssessmentIndicator()
		 * @generated
		 */
		EClass ASSESSMENT_INDICATOR = eINSTANCE.getAssessmentIndicator();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_INDICATOR__CODE = eINSTANCE.getAssessmentIndicator_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_INDICATOR__NAME = eINSTANCE.getAssessmentIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_INDICATOR__TYPE = eINSTANCE.getAssessmentIndicator_Type();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_INDICATOR__WEIGHT = eINSTANCE.getAssessmentIndicator_Weight();

		/**
		 * The meta object literal for the '<em><b>Veto</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_INDICATOR__VETO = eINSTANCE.getAssessmentIndicator_Veto();

		/**
		 * The meta object literal for the '<em><b>Measured Duties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_INDICATOR__MEASURED_DUTIES = eINSTANCE.getAssessmentIndicator_MeasuredDuties();

		/**
		 * The meta object literal for the '<em><b>Assessed Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_INDICATOR__ASSESSED_PARTIES = eINSTANCE.getAssessmentIndicator_AssessedParties();

		/**
		 * The meta object literal for the '{@link org.zeren.model.EnterpriseScale <em>Enterprise Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.EnterpriseScale
		 * @see org.zeren.model.impl.ZerenPackageImpl#getEnterpriseScale()
		 * @generated
		 */
		EEnum ENTERPRISE_SCALE = eINSTANCE.getEnterpriseScale();

		/**
		 * The meta object literal for the '{@link org.zeren.model.RiskGrade <em>Risk Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.RiskGrade
		 * @see org.zeren.model.impl.ZerenPackageImpl#getRiskGrade()
		 * @generated
		 */
		EEnum RISK_GRADE = eINSTANCE.getRiskGrade();

		/**
		 * The meta object literal for the '{@link org.zeren.model.StandardizationLevel <em>Standardization Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.StandardizationLevel
		 * @see org.zeren.model.impl.ZerenPackageImpl#getStandardizationLevel()
		 * @generated
		 */
		EEnum STANDARDIZATION_LEVEL = eINSTANCE.getStandardizationLevel();

		/**
		 * The meta object literal for the '{@link org.zeren.model.PostKind <em>Post Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.PostKind
		 * @see org.zeren.model.impl.ZerenPackageImpl#getPostKind()
		 * @generated
		 */
		EEnum POST_KIND = eINSTANCE.getPostKind();

		/**
		 * The meta object literal for the '{@link org.zeren.model.DutyListKind <em>Duty List Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.DutyListKind
		 * @see org.zeren.model.impl.ZerenPackageImpl#getDutyListKind()
		 * @generated
		 */
		EEnum DUTY_LIST_KIND = eINSTANCE.getDutyListKind();

		/**
		 * The meta object literal for the '{@link org.zeren.model.Recurrence <em>Recurrence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.Recurrence
		 * @see org.zeren.model.impl.ZerenPackageImpl#getRecurrence()
		 * @generated
		 */
		EEnum RECURRENCE = eINSTANCE.getRecurrence();

		/**
		 * The meta object literal for the '{@link org.zeren.model.AccountabilityMeasure <em>Accountability Measure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.AccountabilityMeasure
		 * @see org.zeren.model.impl.ZerenPackageImpl#getAccountabilityMeasure()
		 * @generated
		 */
		EEnum ACCOUNTABILITY_MEASURE = eINSTANCE.getAccountabilityMeasure();

		/**
		 * The meta object literal for the '{@link org.zeren.model.PowerKind <em>Power Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.PowerKind
		 * @see org.zeren.model.impl.ZerenPackageImpl#getPowerKind()
		 * @generated
		 */
		EEnum POWER_KIND = eINSTANCE.getPowerKind();

		/**
		 * The meta object literal for the '{@link org.zeren.model.LegalBasisKind <em>Legal Basis Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.LegalBasisKind
		 * @see org.zeren.model.impl.ZerenPackageImpl#getLegalBasisKind()
		 * @generated
		 */
		EEnum LEGAL_BASIS_KIND = eINSTANCE.getLegalBasisKind();

		/**
		 * The meta object literal for the '{@link org.zeren.model.IndicatorType <em>Indicator Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.zeren.model.IndicatorType
		 * @see org.zeren.model.impl.ZerenPackageImpl#getIndicatorType()
		 * @generated
		 */
		EEnum INDICATOR_TYPE = eINSTANCE.getIndicatorType();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.zeren.model.impl.ZerenPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //ZerenPackage
